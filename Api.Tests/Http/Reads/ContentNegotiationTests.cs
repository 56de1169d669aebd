using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http.Reads;

/// <summary>Accept is read with its q-values: q=0 is "not this", the highest q wins, ties go to JSON, neither is 406.</summary>
public sealed class ContentNegotiationTests : IDisposable
{
    private readonly ServiceFactory _service = new();
    private readonly HttpClient _client;

    public ContentNegotiationTests() => _client = _service.CreateClient();

    public void Dispose() => _service.Dispose();

    private Task<HttpResponseMessage> GetAsync(string url, string? accept) => _client.GetWithHeadersAsync(url, accept);

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("*/*;q=0.1,text/csv;q=0", "application/json")]
    [InlineData("text/csv;q=0.5,application/json;q=0.9", "application/json")]
    [InlineData("application/json;q=0.5,text/csv;q=0.9", "text/csv")]
    [InlineData("text/csv", "text/csv")]
    [InlineData("text/*", "text/csv")]
    [InlineData("text/csv,application/json", "application/json")]
    [InlineData("application/*;q=0.2,text/csv;q=0.1", "application/json")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json")]
    [InlineData("*/*;q=0.5,application/json;q=0", "text/csv")]
    public async Task The_representation_with_the_highest_quality_is_sent(string? accept, string mediaType)
    {
        foreach (var url in new[] { Routes.Rollup("applications", groupBy: "county"), Routes.Cells(area: "411328"), Routes.Completeness(area: "411328", year: 2020) })
        {
            var response = await GetAsync(url, accept);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/json;q=0,text/csv;q=0")]
    [InlineData("*/*;q=0")]
    [InlineData("application/xml,text/plain;q=0.5")]
    public async Task Accepting_neither_json_nor_csv_gets_406(string accept)
    {
        foreach (var url in new[] { Routes.Rollup("applications", groupBy: "county"), Routes.Cells(area: "411328"), Routes.Completeness(area: "411328", year: 2020) })
        {
            var response = await GetAsync(url, accept);

            Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("/problems/not-acceptable", (string?)problem["type"]);
            Assert.Equal(406, (int?)problem["status"]);
            Assert.Equal(new Uri(_client.BaseAddress!, url).AbsolutePath, (string?)problem["instance"]);
        }
    }

    [Theory]
    [InlineData("csv", "text/csv")]
    [InlineData("json", "application/json")]
    public async Task The_format_parameter_decides_whatever_accept_says(string format, string mediaType)
    {
        var response = await GetAsync(Routes.Rollup("applications", groupBy: "county", format: format), "text/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
    }
}
