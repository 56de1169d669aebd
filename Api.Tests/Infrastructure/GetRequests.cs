using System.Net.Http.Headers;

namespace Disclosure.Api.Tests.Infrastructure;

/// <summary>The GETs of the content negotiation and conditional read tests, with the headers a browser or cache sends.</summary>
public static class GetRequests
{
    /// <summary>GETs <paramref name="url"/> with an Accept header and an If-None-Match when they are given.</summary>
    public static async Task<HttpResponseMessage> GetWithHeadersAsync(this HttpClient client, string url, string? accept, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null)
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await client.SendAsync(request);
    }
}
