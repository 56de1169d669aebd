using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Reads;
using Disclosure.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Api.Tests.Http.Reads;

/// <summary>
/// A rollup page estimated larger than Reads:StreamAboveBytes (100 KB here: more than about 20 groups of table 三) is
/// written as it is produced and never kept; smaller pages are kept as before. Both carry the same groups and links.
/// </summary>
public sealed class StreamedPagesTests : IClassFixture<LoadedDatabase>, IDisposable
{
    private readonly ServiceFactory _service;
    private readonly HttpClient _client;
    private readonly ReadCache _reads;

    public StreamedPagesTests(LoadedDatabase database)
    {
        _service = new ServiceFactory(database.Path);
        _service.Settings["Reads:StreamAboveBytes"] = "100000";
        _client = _service.CreateClient();
        _reads = _service.Services.GetRequiredService<ReadCache>();
    }

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task A_large_page_is_streamed_uncached_and_holds_what_the_small_cached_pages_hold()
    {
        using var whole = await _client.GetAsync(Routes.Rollup("applications", area: "4113", groupBy: "township,year", limit: 2000), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Null(whole.Content.Headers.ContentLength);
        Assert.False(whole.Headers.Contains("Link"));
        var body = JsonNode.Parse(await whole.Content.ReadAsStringAsync())!;
        Assert.Null(body["next"]);
        Assert.Equal(2000, (int)body["limit"]!);
        Assert.False(_reads.IsCached(Routes.Rollup("applications", area: "4113", groupBy: "year,township", limit: 2000), Representation.Json));
        var expected = body["groups"]!.AsArray().Select(g => g!.ToJsonString()).ToList();
        Assert.True(expected.Count > 400, $"only {expected.Count} groups");

        var (paged, pages) = await FollowAsync(Routes.Rollup("applications", area: "4113", groupBy: "township,year", limit: 15));

        Assert.Equal(expected, paged);
        Assert.Equal((expected.Count + 14) / 15, pages);
        Assert.True(_reads.IsCached(Routes.Rollup("applications", area: "4113", groupBy: "year,township", limit: 15), Representation.Json));
    }

    [Fact]
    public async Task Streamed_pages_link_to_the_next_streamed_page()
    {
        var whole = JsonNode.Parse(await _client.GetStringAsync(Routes.Rollup("applications", area: "4113", groupBy: "township,year", limit: 2000)))!;
        var expected = whole["groups"]!.AsArray().Select(g => g!.ToJsonString()).ToList();

        var (paged, pages) = await FollowAsync(Routes.Rollup("applications", area: "4113", groupBy: "township,year", limit: 100), streamed: true);

        Assert.Equal(expected, paged);
        Assert.Equal((expected.Count + 99) / 100, pages);
    }

    [Fact]
    public async Task A_large_csv_page_is_streamed_and_equals_the_small_pages_joined()
    {
        using var whole = await _client.GetAsync(Routes.Rollup("review-litigation", area: "4113", groupBy: "township", limit: 2000, format: "csv"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Null(whole.Content.Headers.ContentLength);
        var lines = (await whole.Content.ReadAsStringAsync()).Split("\r\n");

        var (joined, _) = await CsvPages.ReadAsync(_client, Routes.Rollup("review-litigation", area: "4113", groupBy: "township", limit: 3, format: "csv"),
            (page, _) => Assert.NotNull(page.Content.Headers.ContentLength));

        Assert.Equal(lines[..^1], joined);
    }

    private async Task<(List<string> Groups, int Pages)> FollowAsync(string url, bool streamed = false)
    {
        var groups = new List<string>();
        var pages = 0;
        string? next = url;
        while (next is not null)
        {
            using var response = await _client.GetAsync(next, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(streamed, response.Content.Headers.ContentLength is null);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            groups.AddRange(page["groups"]!.AsArray().Select(g => g!.ToJsonString()));
            pages++;
            next = (string?)page["next"];
            var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
            Assert.Equal(next is null ? null : $"<{next}>; rel=\"next\"", link);
        }
        return (groups, pages);
    }
}
