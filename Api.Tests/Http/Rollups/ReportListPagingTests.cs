using System.Net;
using System.Text.Json.Nodes;

namespace Disclosure.Api.Tests.Http.Rollups;

/// <summary><c>GET /reports</c> pages as <c>/cells</c> and the rollups do: <c>limit</c>, <c>after</c>, <c>next</c> and <c>Link</c>.</summary>
public sealed class ReportListPagingTests(RollupSumsFixture fixture) : IClassFixture<RollupSumsFixture>
{
    private readonly HttpClient _client = fixture.Service.CreateClient();

    [Fact]
    public async Task Following_next_lists_every_report_once_in_order_to_the_end()
    {
        // The reports that count: the 12 withdrawn ones are not listed, nor counted in total.
        var expected = fixture.Reports.Select(r => ((string)r["townshipCode"]!, (int)r["year"]!)).Order().ToList();
        var listed = new List<(string, int)>();
        var pages = 0;
        string? url = Routes.Reports(area: "4113", limit: 7);
        while (url is not null)
        {
            var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var reports = page["reports"]!.AsArray();
            Assert.Equal(48, (long)page["total"]!);
            Assert.Equal(7, (int)page["limit"]!);
            listed.AddRange(reports.Select(r => ((string)r!["townshipCode"]!, (int)r["year"]!)));
            url = (string?)page["next"];
            if (url is null)
            {
                Assert.False(response.Headers.Contains("Link"));
            }
            else
            {
                Assert.Equal(7, reports.Count);
                Assert.Equal($"<{url}>; rel=\"next\"", response.Headers.GetValues("Link").Single());
                var last = reports[^1]!;
                Assert.Equal($"/api/v1/reports?area=4113&limit=7&after={(string)last["townshipCode"]!}-{(int)last["year"]!}", url);
            }
            pages++;
        }

        Assert.Equal(expected, listed);
        Assert.Equal(7, pages); // 6 full pages of 7, then 6
    }

    [Fact]
    public async Task Timestamps_are_utc_with_seven_decimals_in_the_list_a_report_and_its_revisions()
    {
        var listed = JsonNode.Parse(await _client.GetStringAsync(Routes.Reports(area: "411328", limit: 1)))!["reports"]![0]!;
        var code = (string)listed["townshipCode"]!;
        var year = (int)listed["year"]!;
        var report = JsonNode.Parse(await _client.GetStringAsync(Routes.Report(code, year)))!;
        var revision = JsonNode.Parse(await _client.GetStringAsync(Routes.Revisions(code, year)))!["revisions"]![0]!;

        string[] stamps = [(string)listed["submittedAt"]!, (string)report["submittedAt"]!, (string)revision["submittedAt"]!];
        Assert.All(stamps, stamp => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$", stamp));
        Assert.Single(stamps.Distinct());
    }

    [Fact]
    public async Task A_page_that_ends_exactly_at_the_last_report_has_no_next()
    {
        // 15 townships reported on 2021; 3 of those reports were withdrawn.
        var page = JsonNode.Parse(await _client.GetStringAsync(Routes.Reports(area: "4113", year: 2021, limit: 12)))!;

        Assert.Equal(12, page["reports"]!.AsArray().Count);
        Assert.Null(page["next"]);
        Assert.True(page.AsObject().ContainsKey("next"));
    }

    [Fact]
    public async Task The_filters_are_carried_into_next()
    {
        var page = JsonNode.Parse(await _client.GetStringAsync(Routes.Reports(area: "411321", year: 2020, flagged: false, limit: 2)))!;

        var last = page["reports"]![1]!;
        Assert.Equal($"/api/v1/reports?area=411321&year=2020&flagged=false&limit=2&after={(string)last["townshipCode"]!}-2020", (string?)page["next"]);
        var second = JsonNode.Parse(await _client.GetStringAsync((string)page["next"]!))!;
        var rest = second["reports"]!.AsArray();
        Assert.Equal(2, rest.Count);
        Assert.All(rest, r => Assert.Equal(2020, (int)r!["year"]!));
        Assert.True(string.CompareOrdinal((string)rest[0]!["townshipCode"]!, (string)last["townshipCode"]!) > 0);
        Assert.StartsWith("/api/v1/reports?area=411321&year=2020&flagged=false&limit=2&after=", (string?)second["next"]);
    }
}
