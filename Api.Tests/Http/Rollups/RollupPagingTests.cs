using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http.Rollups;

/// <summary>Rollups answer a page of groups at a time; following next gives back exactly the whole answer.</summary>
public sealed class RollupPagingTests(RollupFixture fixture) : IClassFixture<RollupFixture>
{
    private readonly HttpClient _client = fixture.Service.CreateClient();

    private async Task<(JsonObject Body, string? Link)> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject(), link);
    }

    [Theory]
    [InlineData("applications", "groupBy=township,year")]
    [InlineData("applications", "groupBy=county")]
    [InlineData("review-litigation", "area=411328&groupBy=county,year&excludeFlagged=true")]
    [InlineData("proactive", "groupBy=year")]
    [InlineData("publications", "groupBy=township&from=2020&to=2021")]
    public async Task Following_next_gives_every_group_once_in_key_order(string rollup, string query)
    {
        var (whole, wholeLink) = await GetAsync($"/api/v1/rollups/{rollup}?{query}");
        Assert.Null(wholeLink);
        Assert.Null(whole["next"]);
        Assert.Equal(250, (int)whole["limit"]!);
        var expected = whole["groups"]!.AsArray().Select(g => g!.ToJsonString()).ToList();
        Assert.True(expected.Count >= 2, $"{query}: {expected.Count} groups are too few to page");

        var paged = new List<string>();
        var pages = 0;
        string? url = $"/api/v1/rollups/{rollup}?{query}&limit=2";
        while (url is not null)
        {
            var (page, link) = await GetAsync(url);
            pages++;
            var groups = page["groups"]!.AsArray();
            Assert.InRange(groups.Count, 1, 2);
            Assert.Equal(2, (int)page["limit"]!);
            paged.AddRange(groups.Select(g => g!.ToJsonString()));
            url = (string?)page["next"];
            Assert.Equal(url is null ? null : $"<{url}>; rel=\"next\"", link);
            if (url is not null)
                Assert.StartsWith($"/api/v1/rollups/{rollup}?", url);
        }

        Assert.Equal(expected, paged);
        Assert.Equal((expected.Count + 1) / 2, pages);
    }

    [Fact]
    public async Task The_next_link_carries_the_query_and_the_last_key()
    {
        var (page, _) = await GetAsync(Routes.Rollup("applications", area: "411328", groupBy: "year,township", excludeFlagged: true, limit: 1));

        var key = page["groups"]![0]!["key"]!;
        Assert.Equal(
            $"/api/v1/rollups/applications?area=411328&groupBy=year,township&excludeFlagged=true&limit=1&after={(int)key["year"]!}-{(string)key["townshipCode"]!}",
            (string?)page["next"]);
    }

    [Fact]
    public async Task Csv_pages_link_to_the_next_csv_page_and_add_up_to_the_whole_csv()
    {
        var whole = (await _client.GetStringAsync(Routes.Rollup("review-litigation", groupBy: "county,year", format: "csv"))).Split("\r\n").ToList();

        var (lines, links) = await CsvPages.ReadAsync(_client, Routes.Rollup("review-litigation", groupBy: "county,year", limit: 1, format: "csv"), (response, page) =>
        {
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(whole[0], page[0]);
        });

        Assert.All(links, url => Assert.Contains("&format=csv", url));
        Assert.Equal(whole[..^1], lines);
        Assert.True(links.Count + 1 > 1);
    }

    [Fact]
    public async Task A_page_that_ends_at_the_last_group_has_no_next()
    {
        var (whole, _) = await GetAsync(Routes.Rollup("applications", groupBy: "county"));
        var count = whole["groups"]!.AsArray().Count;

        var (page, link) = await GetAsync(Routes.Rollup("applications", groupBy: "county", limit: count));

        Assert.Equal(count, page["groups"]!.AsArray().Count);
        Assert.Null(page["next"]);
        Assert.Null(link);
    }

    [Theory]
    [InlineData("groupBy=county&limit=0", "limit", "invalid-limit")]
    [InlineData("groupBy=county&limit=10001", "limit", "invalid-limit")]
    [InlineData("groupBy=county&after=4113", "after", "invalid-after")]
    [InlineData("groupBy=county,year&after=411328", "after", "invalid-after")]
    [InlineData("groupBy=year&after=2020-411328", "after", "invalid-after")]
    [InlineData("after=2020", "after", "invalid-after")]
    [InlineData("groupBy=year&after=twenty", "after", null)]
    public async Task Bad_paging_input_gets_400_naming_the_parameter(string query, string parameter, string? code)
    {
        var response = await _client.GetAsync($"/api/v1/rollups/applications?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Contains(errors, e => (string?)e!["parameter"] == parameter && (code is null || (string?)e["code"] == code));
    }
}
