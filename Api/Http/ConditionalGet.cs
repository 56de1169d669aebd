using FastEndpoints;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Api.Http;

/// <summary>ETag and If-None-Match for reads, so a client that polls pays almost nothing for an unchanged answer.</summary>
public static class ConditionalGet
{
    /// <summary>Sets the ETag; when the client's If-None-Match already names it, answers 304 here and returns true.</summary>
    public static async Task<bool> AnsweredNotModifiedAsync(HttpContext http, string etag, CancellationToken ct)
    {
        if (!NotModified(http, etag))
            return false;
        await http.Response.SendStatusCodeAsync(StatusCodes.Status304NotModified, ct);
        return true;
    }

    /// <summary>Sets the ETag and says whether the client's If-None-Match already names it.</summary>
    public static bool NotModified(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        var ifNoneMatch = http.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0)
            return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
            return false;
        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
