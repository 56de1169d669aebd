using System.Net;
using System.Text.Json.Nodes;

namespace Disclosure.Api.Tests.Infrastructure;

/// <summary>The read most tests make: a GET that must answer 200, and its JSON.</summary>
public static class OkJson
{
    /// <summary>GETs <paramref name="url"/>, fails the test (with the answer) unless it is 200, and parses the body.</summary>
    public static async Task<JsonNode> GetOkJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }
}
