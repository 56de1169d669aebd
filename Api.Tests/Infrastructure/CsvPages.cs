namespace Disclosure.Api.Tests.Infrastructure;

/// <summary>Reads a paged CSV answer as a client does: page after page, through the Link headers.</summary>
public static class CsvPages
{
    /// <summary>The URL a response's <c>Link: &lt;…&gt;; rel="next"</c> names; null on the last page.</summary>
    public static string? NextLink(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links) ? links.Single().Split(';')[0].Trim('<', '>') : null;

    /// <summary>
    /// The pages from <paramref name="url"/> on joined into one CSV (the first page's header, then every page's lines,
    /// without the empty string after the last line end), and the next links followed. <paramref name="eachPage"/>
    /// checks each page: its response and its lines.
    /// </summary>
    public static async Task<(List<string> Lines, List<string> Links)> ReadAsync(
        HttpClient client, string url, Action<HttpResponseMessage, string[]> eachPage)
    {
        var lines = new List<string>();
        var links = new List<string>();
        string? next = url;
        while (next is not null)
        {
            using var response = await client.GetAsync(next, HttpCompletionOption.ResponseHeadersRead);
            var page = (await response.Content.ReadAsStringAsync()).Split("\r\n");
            eachPage(response, page);
            lines.AddRange(lines.Count == 0 ? page[..^1] : page[1..^1]);
            next = NextLink(response);
            if (next is not null) links.Add(next);
        }
        return (lines, links);
    }
}
