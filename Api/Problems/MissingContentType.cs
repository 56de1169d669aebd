using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Api.Problems;

/// <summary>
/// A body sent with no Content-Type at all to a route that declares what it accepts: FastEndpoints would answer
/// 415 and start the response itself, leaving no room for a problem, so this answers first, with one.
/// </summary>
public static class MissingContentType
{
    public static async Task RefuseAsync(HttpContext http, RequestDelegate next)
    {
        if (!http.Request.Headers.ContainsKey(HeaderNames.ContentType)
            // The last declaration is the one FastEndpoints goes by.
            && http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts
            && !accepts.ContentTypes.Contains("*/*"))
        {
            await ProblemResponses.SendAsync(http, StatusProblems.For(http, StatusCodes.Status415UnsupportedMediaType,
                $"The request has no Content-Type; send the body as {string.Join(" or ", accepts.ContentTypes)}."));
            return;
        }
        await next(http);
    }
}
