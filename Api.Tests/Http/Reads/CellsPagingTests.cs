using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http.Reads;

/// <summary>/cells answers the cells of a page of reports at a time; following next gives back exactly the whole answer.</summary>
public sealed class CellsPagingTests : IClassFixture<LoadedDatabase>, IDisposable
{
    private readonly ServiceFactory _service;
    private readonly HttpClient _client;

    public CellsPagingTests(LoadedDatabase database)
    {
        _service = new ServiceFactory(database.Path);
        _client = _service.CreateClient();
    }

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Json_pages_follow_each_other_into_exactly_the_whole_answer()
    {
        var whole = JsonNode.Parse(await _client.GetStringAsync(Routes.Cells(area: "411328", limit: 2000)))!;
        Assert.Null(whole["next"]);
        var expected = whole["cells"]!.AsArray().Select(c => c!.ToJsonString()).ToList();
        Assert.Equal(expected.Count, (long)whole["count"]!);
        var reports = expected.Select(c => JsonNode.Parse(c)!).Select(c => $"{c["townshipCode"]}-{c["year"]}").Distinct().ToList();
        Assert.True(reports.Count > 20, $"only {reports.Count} reports");

        var cells = new List<string>();
        var pages = 0;
        string? url = Routes.Cells(area: "411328", limit: 7);
        while (url is not null)
        {
            var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var pageCells = page["cells"]!.AsArray();
            Assert.Equal(pageCells.Count, (long)page["count"]!);
            Assert.Equal(7, (int)page["limit"]!);
            Assert.InRange(pageCells.Select(c => $"{c!["townshipCode"]}-{c["year"]}").Distinct().Count(), 1, 7);
            cells.AddRange(pageCells.Select(c => c!.ToJsonString()));
            pages++;
            url = (string?)page["next"];
            var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
            Assert.Equal(url is null ? null : $"<{url}>; rel=\"next\"", link);
            if (url is not null)
            {
                var last = pageCells[^1]!;
                Assert.Equal($"/api/v1/cells?area=411328&limit=7&after={last["townshipCode"]}-{last["year"]}", url);
            }
        }

        Assert.Equal(expected, cells);
        Assert.Equal((reports.Count + 6) / 7, pages);
    }

    [Fact]
    public async Task Csv_pages_link_to_csv_and_add_up_to_the_whole_csv()
    {
        var whole = (await _client.GetStringAsync(Routes.Cells(area: "411328", from: 2018, to: 2019, limit: 2000, format: "csv"))).Split("\r\n");

        var (lines, links) = await CsvPages.ReadAsync(_client, Routes.Cells(area: "411328", from: 2018, to: 2019, limit: 5, format: "csv"), (response, page) =>
        {
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(whole[0], page[0]);
        });

        Assert.All(links, url =>
        {
            Assert.StartsWith("/api/v1/cells?area=411328&from=2018&to=2019&limit=5&after=", url);
            Assert.EndsWith("&format=csv", url);
        });
        Assert.Equal(whole[..^1], lines);
        Assert.True(links.Count + 1 > 2);
    }

    [Fact]
    public async Task The_default_page_holds_250_reports()
    {
        var page = JsonNode.Parse(await _client.GetStringAsync(Routes.Cells(area: "4113")))!;

        Assert.Equal(250, (int)page["limit"]!);
        Assert.Equal(250, page["cells"]!.AsArray().Select(c => $"{c!["townshipCode"]}-{c["year"]}").Distinct().Count());
        Assert.NotNull(page["next"]);
    }

    [Theory]
    [InlineData("limit=0", "limit", "invalid-limit")]
    [InlineData("limit=2001", "limit", "invalid-limit")]
    [InlineData("after=411328110", "after", null)]
    [InlineData("after=2020-411328110", "after", null)]
    [InlineData("after=41132811-2020", "after", null)]
    public async Task Bad_paging_input_gets_400_naming_the_parameter(string query, string parameter, string? code)
    {
        var response = await _client.GetAsync($"/api/v1/cells?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Contains(errors, e => (string?)e!["parameter"] == parameter && (code is null || (string?)e["code"] == code));
    }
}
