using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Quality;

/// <summary><c>GET /quality</c> over 唐河县's 2021 reports (see <see cref="QualityFixture"/>): ranking, items, totals, paging, CSV, 400s.</summary>
public sealed class QualityWorklistTests(QualityFixture fixture) : IClassFixture<QualityFixture>
{
    private readonly HttpClient _client = fixture.Service.CreateClient();

    private const string O1 = "O1: 行政许可 · 本年处理决定数量 went from 3 in 2020 to 40 in 2021, more than ×5.";
    // 行政许可 of the ten others: 0 5 6 7 7 8 8 9 9 10, median 7.5; deviations' median 1.5; 0.6745 × 32.5 / 1.5 = 14.61
    private const string O2 = "O2: 行政许可 · 本年处理决定数量 is 40 in 2021; the median of the county's 10 other townships is 7.5 (MAD 1.5), a modified z-score of 14.6, beyond ±3.5.";
    private const string O3 = "O3: every figure of tables 二, 三 and 四 is 0 in 2021, but 7 of the 2020 report's are not (the largest: 一、本年新收政府信息公开申请数量 · 自然人 10).";
    private const string X3 = "X3: /applications/carriedOver/naturalPerson should be 2 from the 2020 report, but is 0.";

    private static readonly string[] Missing =
        ["411328001", "411328002", "411328003", "411328004", "411328005", "411328109", "411328113", "411328114",
         "411328300", "411328301", "411328306", "411328309", "411328311"];

    private Task<JsonNode> GetJsonAsync(string url) => _client.GetOkJsonAsync(url);

    private static string[] Items(JsonNode township) =>
        [.. township["items"]!.AsArray().Select(i => $"{(string)i!["kind"]!} {(string)i["code"]!} {(string?)i["pointer"]} {(string)i["message"]!}")];

    [Fact]
    public async Task A_county_lists_flagged_then_missing_then_the_rest_by_items_with_the_counts_and_totals_of_the_area()
    {
        var answer = await GetJsonAsync(Routes.Quality(area: "411328", year: 2021));

        Assert.Equal("411328", (string?)answer["area"]);
        Assert.Equal(2021, (int)answer["year"]!);
        Assert.Equal(24, (int)answer["expected"]!);
        Assert.Equal(11, (int)answer["submitted"]!);
        Assert.Equal(17, (int)answer["listed"]!);
        Assert.Equal(7, (int)answer["clean"]!);   // 101–106 and 112
        Assert.Null(answer["next"]);
        Assert.Equal(
            ["violation 2 2 1", "returned 0 0 0", "missing 13 0 13", "outlier 3 3 2", "warning 1 1 1"],
            answer["totals"]!.AsArray().Select(t => $"{(string)t!["kind"]!} {(long)t["items"]!} {(long)t["unexplained"]!} {(int)t["townships"]!}").ToArray());

        var townships = answer["townships"]!.AsArray();
        Assert.Equal(["411328107", .. Missing, "411328110", "411328108", "411328111"], townships.Select(t => (string)t!["townshipCode"]!).ToArray());

        var flagged = townships[0]!;
        Assert.Equal("龙潭镇", (string)flagged["townshipName"]!);
        Assert.Equal(1, (int)flagged["revision"]!);
        Assert.Equal("2021", (string)flagged["format"]!);
        var stored = await GetJsonAsync(Routes.Report("411328107", 2021));
        Assert.Equal(
            stored["violations"]!.AsArray().Select(v =>
                $"violation {(string)v!["rule"]!} {(string)v["pointer"]!} {(string)v["rule"]!}: {(string)v["pointer"]!} should be {(long)v["expected"]!}").ToArray(),
            Items(flagged).Select(i => i[..i.IndexOf(" (", StringComparison.Ordinal)]).ToArray());
        Assert.Contains("violation A3 /applications/newlyReceived/total A3: /applications/newlyReceived/total should be 10 (the sum of the six applicant columns) but is 11; acknowledged by the township.",
            Items(flagged));

        var missing = townships[1]!;
        Assert.Equal("滨河街道", (string)missing["townshipName"]!);
        Assert.Null(missing["revision"]);
        Assert.Null(missing["format"]);
        Assert.True(missing.AsObject().ContainsKey("revision"));
        Assert.Equal(["missing missing  No report of 滨河街道 for 2021."], Items(missing));

        Assert.Equal(
            [$"outlier O1 /proactiveDisclosure/licensing/decisions {O1}", $"outlier O2 /proactiveDisclosure/licensing/decisions {O2}"],
            Items(townships[14]!));
        Assert.Equal([$"outlier O3  {O3}"], Items(townships[15]!));
        Assert.Equal([$"warning X3 /applications/carriedOver/naturalPerson {X3}"], Items(townships[16]!));
    }

    [Fact]
    public async Task The_stored_report_carries_its_outliers_for_the_current_revision_and_none_for_an_older_one()
    {
        var report = await GetJsonAsync(Routes.Report("411328110", 2021));
        Assert.Equal(
            [$"O1 /proactiveDisclosure/licensing/decisions {O1}", $"O2 /proactiveDisclosure/licensing/decisions {O2}"],
            report["outliers"]!.AsArray().Select(o => $"{(string)o!["code"]!} {(string)o["pointer"]!} {(string)o["message"]!}").ToArray());
        Assert.Empty(report["warnings"]!.AsArray());

        var allZero = await GetJsonAsync(Routes.Report("411328108", 2021));
        Assert.Equal(O3, (string)allZero["outliers"]![0]!["message"]!);
        Assert.Equal("", (string)allZero["outliers"]![0]!["pointer"]!);
        Assert.Empty((await GetJsonAsync(Routes.Report("411328101", 2021)))["outliers"]!.AsArray());
        Assert.Equal(2, (await GetJsonAsync(Routes.Report("411328110", 2021, revision: 1)))["outliers"]!.AsArray().Count);
    }

    [Fact]
    public async Task Following_next_lists_every_township_once_in_rank_order()
    {
        var listed = new List<string>();
        var urls = new List<string>();
        string? url = Routes.Quality(area: "411328", year: 2021, limit: 5);
        while (url is not null)
        {
            var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(17, (int)page["listed"]!);
            Assert.Equal(5, (int)page["limit"]!);
            listed.AddRange(page["townships"]!.AsArray().Select(t => (string)t!["townshipCode"]!));
            url = (string?)page["next"];
            if (url is null)
                Assert.False(response.Headers.Contains("Link"));
            else
            {
                Assert.Equal($"<{url}>; rel=\"next\"", response.Headers.GetValues("Link").Single());
                urls.Add(url);
            }
        }

        Assert.Equal(["411328107", .. Missing, "411328110", "411328108", "411328111"], listed);
        Assert.Equal(
        [
            "/api/v1/quality?area=411328&year=2021&limit=5&after=missing-1-411328004",
            "/api/v1/quality?area=411328&year=2021&limit=5&after=missing-1-411328300",
            "/api/v1/quality?area=411328&year=2021&limit=5&after=unexplained-2-411328110",
        ], urls);
    }

    [Fact]
    public async Task A_township_area_lists_that_township_compared_with_its_whole_county()
    {
        var answer = await GetJsonAsync(Routes.Quality(area: "411328110", year: 2021));

        Assert.Equal(1, (int)answer["expected"]!);
        Assert.Equal(1, (int)answer["submitted"]!);
        Assert.Equal(0, (int)answer["clean"]!);
        var township = Assert.Single(answer["townships"]!.AsArray())!;
        Assert.Equal("上屯镇", (string)township["townshipName"]!);
        Assert.Equal(2, township["items"]!.AsArray().Count);
        Assert.Equal(O2, (string)township["items"]![1]!["message"]!);
    }

    [Fact]
    public async Task CSV_has_a_line_per_item_with_the_townships_columns_by_format_or_Accept()
    {
        var byFormat = await _client.GetAsync(Routes.Quality(area: "411328", year: 2021, format: "csv"));
        var request = new HttpRequestMessage(HttpMethod.Get, Routes.Quality(area: "411328", year: 2021));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var byAccept = await _client.SendAsync(request);

        Assert.Equal("text/csv", byFormat.Content.Headers.ContentType!.MediaType);
        var csv = await byFormat.Content.ReadAsStringAsync();
        Assert.Equal(csv, await byAccept.Content.ReadAsStringAsync());
        var lines = csv.Split("\r\n");
        Assert.Equal(
        [
            "year,townshipCode,townshipName,revision,format,state,kind,code,pointer,message,explanation,reason,at",
            "2021,411328107,龙潭镇,1,2021,submitted,violation,A3,/applications/newlyReceived/total,A3: /applications/newlyReceived/total should be 10 (the sum of the six applicant columns) but is 11; acknowledged by the township.,,,",
            "2021,411328107,龙潭镇,1,2021,submitted,violation,A1,/applications/carriedForward/total,A1: /applications/carriedForward/total should be 1 (一 + 二 − （七）总计) but is 0; acknowledged by the township.,,,",
            "2021,411328001,滨河街道,,,,missing,missing,,No report of 滨河街道 for 2021.,,,",
        ], lines[..4]);
        Assert.Equal(
        [
            $"2021,411328110,上屯镇,1,2021,submitted,outlier,O1,/proactiveDisclosure/licensing/decisions,\"{O1}\",,,",
            $"2021,411328110,上屯镇,1,2021,submitted,outlier,O2,/proactiveDisclosure/licensing/decisions,\"{O2}\",,,",
            $"2021,411328108,桐寨铺镇,1,2021,submitted,outlier,O3,,\"{O3}\",,,",
            $"2021,411328111,毕店镇,1,2021,submitted,warning,X3,/applications/carriedOver/naturalPerson,\"{X3}\",,,",
            "",
        ], lines[^5..]);
        Assert.Equal(1 + 2 + 13 + 2 + 1 + 1 + 1, lines.Length);

        var paged = await _client.GetAsync(Routes.Quality(area: "411328", year: 2021, limit: 2, format: "csv"));
        Assert.Equal("</api/v1/quality?area=411328&year=2021&limit=2&after=missing-1-411328001&format=csv>; rel=\"next\"", paged.Headers.GetValues("Link").Single());
        Assert.Equal(5, (await paged.Content.ReadAsStringAsync()).Split("\r\n").Length);   // header, two items of 龙潭镇, one of 滨河街道, ""
    }

    [Fact]
    public async Task A_year_with_no_reports_lists_every_township_missing()
    {
        var answer = await GetJsonAsync(Routes.Quality(area: "411328", year: 2019));

        Assert.Equal(24, (int)answer["listed"]!);
        Assert.Equal(0, (int)answer["submitted"]!);
        Assert.Equal(["violation 0 0 0", "returned 0 0 0", "missing 24 0 24", "outlier 0 0 0", "warning 0 0 0"],
            answer["totals"]!.AsArray().Select(t => $"{(string)t!["kind"]!} {(long)t["items"]!} {(long)t["unexplained"]!} {(int)t["townships"]!}").ToArray());
    }

    [Theory]
    [InlineData("/api/v1/quality?area=唐河&year=2021", "area", "invalid-area")]
    [InlineData("/api/v1/quality?area=411328", "year", "missing-year")]
    [InlineData("/api/v1/quality?area=411328&year=2007", "year", "invalid-year")]
    [InlineData("/api/v1/quality?area=411328&year=2021&limit=0", "limit", "invalid-limit")]
    [InlineData("/api/v1/quality?area=411328&year=2021&limit=1001", "limit", "invalid-limit")]
    [InlineData("/api/v1/quality?area=411328&year=2021&after=411328110", "after", "invalid-after")]
    [InlineData("/api/v1/quality?area=411328&year=2021&format=xml", "format", "invalid-format")]
    public async Task A_bad_parameter_is_a_400_naming_it(string url, string parameter, string code)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("/problems/invalid-parameter", (string)problem["type"]!);
        var error = problem["errors"]!.AsArray().Single(e => (string)e!["parameter"]! == parameter)!;
        Assert.Equal(code, (string)error["code"]!);
        if (parameter == "area")
            Assert.Contains("GET /api/v1/areas?q=", (string)error["detail"]!);
    }

    [Fact]
    public async Task The_answer_is_tagged_by_the_data_and_a_new_report_changes_it()
    {
        var first = await _client.GetAsync(Routes.Quality(area: "411328110", year: 2021));
        var again = new HttpRequestMessage(HttpMethod.Get, Routes.Quality(area: "411328110", year: 2021));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }
}
