using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Http.Rollups;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Domain.Reviews;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Api.Tests.Http.ReviewedReads;

/// <summary>
/// <see cref="RollupFixture"/>'s reports, reviewed: three accepted (唐河县's 上屯镇 and 滨河街道 for 2021, 南召县's corrected
/// 2020 report at its second revision), one returned (源潭镇's flagged 2021 report), the other five left submitted.
/// </summary>
public sealed class ReviewedFixture : IAsyncLifetime
{
    public RollupFixture Reports { get; } = new();

    public static readonly (string Township, int Year, int Revision)[] Accepted = [("411328110", 2021, 1), ("411328001", 2021, 1), ("411321100", 2020, 2)];
    public static readonly (string Township, int Year) Returned = ("411328101", 2021);

    public async Task InitializeAsync()
    {
        await Reports.InitializeAsync();
        foreach (var (township, year, revision) in Accepted)
            await CountyReview.ReviewAsync(Reports.Service, township, year, ReviewAction.Accepted, revision);
        await CountyReview.ReviewAsync(Reports.Service, Returned.Township, Returned.Year, ReviewAction.Returned);
    }

    public Task DisposeAsync() => Reports.DisposeAsync();

    public ReviewState StateOf(Submitted report) =>
        Accepted.Any(a => a.Township == report.Township && a.Year == report.Year) ? ReviewState.Accepted
        : (report.Township, report.Year) == Returned ? ReviewState.Returned
        : ReviewState.Submitted;
}

/// <summary><c>status=accepted</c> sums the accepted reports alone, and every answer says how many of each state it sums.</summary>
public sealed class AcceptedOnlyTests(ReviewedFixture fixture) : IClassFixture<ReviewedFixture>
{
    private readonly HttpClient _client = fixture.Reports.Service.CreateClient();

    private List<Submitted> All => fixture.Reports.Reports;

    private List<Submitted> AcceptedReports => [.. All.Where(r => fixture.StateOf(r) == ReviewState.Accepted)];

    private string States(IEnumerable<Submitted> reports)
    {
        var states = reports.Select(fixture.StateOf).ToList();
        return $$"""{"submitted":{{states.Count(s => s == ReviewState.Submitted)}},"accepted":{{states.Count(s => s == ReviewState.Accepted)}},"returned":{{states.Count(s => s == ReviewState.Returned)}}}""";
    }

    [Theory]
    [InlineData("")]
    [InlineData("&groupBy=township")]
    public async Task Each_rollup_with_status_accepted_sums_the_accepted_reports_alone(string groupBy)
    {
        // By county from the maintained totals; by township from the reports themselves.
        var applications = await GroupsAsync($"/api/v1/rollups/applications?status=accepted&groupBy=county{groupBy}");
        var reviewLitigation = await GroupsAsync($"/api/v1/rollups/review-litigation?status=accepted&groupBy=county{groupBy}");
        var proactive = await GroupsAsync($"/api/v1/rollups/proactive?status=accepted&groupBy=county{groupBy}");
        var publications = await GroupsAsync($"/api/v1/rollups/publications?status=accepted&groupBy=county{groupBy}");

        var groups = AcceptedReports.GroupBy(r => groupBy == "" ? r.County : r.Township).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(groupBy == "" ? ["411321", "411328"] : ["411321100", "411328001", "411328110"], groups.Select(g => g.Key));
        Assert.Equal(groups.Count, applications.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var reports = groups[i].ToList();
            Assert.Equal(reports.Count, (long)applications[i]!["reports"]!);
            Assert.Equal(States(reports), applications[i]!["states"]!.ToJsonString());
            Assert.Equal(reports.Sum(r => r.NewlyNP), (long)applications[i]!["applications"]!["newlyReceived"]!["naturalPerson"]!);
            Assert.Equal(reports.Sum(r => r.DisclosedNP), (long)applications[i]!["applications"]!["results"]!["disclosed"]!["naturalPerson"]!);
            Assert.Equal(reports.Sum(r => r.Upheld), (long)reviewLitigation[i]!["reviewLitigation"]!["review"]!["upheld"]!);
            Assert.Equal(reports.Sum(r => r.Corrected), (long)reviewLitigation[i]!["reviewLitigation"]!["review"]!["corrected"]!);
            Assert.Equal(reports.Sum(r => r.Licensing), (long)proactive[i]!["proactiveDisclosure"]!["comparable"]!["licensing"]!["decisions"]!);
            Assert.Equal(reports.Sum(r => r.PolicyInterpretations), (long)publications[i]!["publications"]!["policyInterpretations"]!);
        }
        // 南召县's accepted report is its corrected second revision.
        Assert.Equal(777, (long)proactive[0]!["proactiveDisclosure"]!["comparable"]!["licensing"]!["decisions"]!);
    }

    [Fact]
    public async Task Without_status_every_group_says_how_many_of_each_state_it_sums_per_format_too()
    {
        var byCounty = await GroupsAsync(Routes.Rollup("proactive", groupBy: "county"));

        Assert.Equal(["411321", "411328"], byCounty.Select(g => (string)g!["key"]!["countyCode"]!));
        // 411321: 2019 submitted, 2020 accepted, 2021 submitted; 411328: 2021 two accepted and one returned, three submitted before.
        Assert.Equal("""{"submitted":2,"accepted":1,"returned":0}""", byCounty[0]!["states"]!.ToJsonString());
        Assert.Equal("""{"submitted":3,"accepted":2,"returned":1}""", byCounty[1]!["states"]!.ToJsonString());
        foreach (var (group, county) in byCounty.Zip(["411321", "411328"]))
        {
            var reports = All.Where(r => r.County == county).ToList();
            Assert.Equal(States(reports), group!["states"]!.ToJsonString());
            Assert.Equal(reports.Count, (long)group["reports"]!);
            foreach (var format in new[] { "2019", "2021" })
                Assert.Equal(States(reports.Where(r => r.Format == format)), group["proactiveDisclosure"]![$"format{format}"]!["states"]!.ToJsonString());
        }
        Assert.Null((string?)JsonNode.Parse(await _client.GetStringAsync(Routes.Rollup("proactive", groupBy: "county")))!["status"]);
    }

    [Fact]
    public async Task The_csv_has_the_state_counts_beside_reports_and_flagged_and_the_filter_is_part_of_the_cache_key()
    {
        var all = (await _client.GetStringAsync(Routes.Rollup("applications", area: "411328", year: 2021, format: "csv"))).Split("\r\n");
        var accepted = (await _client.GetStringAsync(Routes.Rollup("applications", area: "411328", year: 2021, status: "accepted", format: "csv"))).Split("\r\n");

        Assert.Equal("reports,flagged,submitted,accepted,returned,section,row,column,value", all[0]);
        Assert.Equal(all[0], accepted[0]);
        var county2021 = All.Where(r => r.County == "411328" && r.Year == 2021).ToList();
        var accepted2021 = county2021.Where(r => fixture.StateOf(r) == ReviewState.Accepted).ToList();
        Assert.Equal($"3,1,0,2,1,applications,newlyReceived,naturalPerson,{county2021.Sum(r => r.NewlyNP)}", all[1]);
        Assert.Equal($"2,0,0,2,0,applications,newlyReceived,naturalPerson,{accepted2021.Sum(r => r.NewlyNP)}", accepted[1]);

        var first = await _client.GetAsync(Routes.Rollup("applications", area: "411328", year: 2021));
        var second = await _client.GetAsync(Routes.Rollup("applications", area: "411328", year: 2021, status: "accepted"));
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        var next = JsonNode.Parse(await (await _client.GetAsync(Routes.Rollup("applications", groupBy: "township", status: "accepted", limit: 1))).Content.ReadAsStringAsync())!;
        Assert.Equal("/api/v1/rollups/applications?groupBy=township&status=accepted&limit=1&after=411321100", (string?)next["next"]);
    }

    [Fact]
    public async Task The_tables_with_status_accepted_sum_the_accepted_reports_and_say_so_in_every_format()
    {
        var all = await JsonAsync(Routes.Tables(area: "411328", year: 2021));
        var accepted = await JsonAsync(Routes.Tables(area: "411328", year: 2021, status: "accepted"));

        Assert.Null((string?)all["status"]);
        Assert.Equal("accepted", (string?)accepted["status"]);
        Assert.Equal("唐河县（411328）2021年政府信息公开工作年度报告统计表", (string?)all["title"]);
        Assert.Equal("唐河县（411328）2021年政府信息公开工作年度报告统计表（仅汇总审核通过的报告）", (string?)accepted["title"]);
        var allSet = Assert.Single(all["formats"]!.AsArray())!;
        var acceptedSet = Assert.Single(accepted["formats"]!.AsArray())!;
        Assert.Equal("""{"submitted":0,"accepted":2,"returned":1}""", allSet["states"]!.ToJsonString());
        Assert.Equal("""{"submitted":0,"accepted":2,"returned":0}""", acceptedSet["states"]!.ToJsonString());
        Assert.Equal("2021 格式，汇总 3 份报告，其中 1 份已标记；已通过审核 2 份，待审核 0 份，已退回 1 份", (string?)allSet["caption"]);
        Assert.Equal("2021 格式，汇总 2 份报告，其中 0 份已标记；已通过审核 2 份，待审核 0 份，已退回 0 份", (string?)acceptedSet["caption"]);
        var newly = AcceptedReports.Where(r => r.County == "411328" && r.Year == 2021).Sum(r => r.NewlyNP);
        Assert.Equal(newly, ValueOf(acceptedSet, "/applications/newlyReceived/naturalPerson"));

        var html = await _client.GetStringAsync(Routes.Tables(area: "411328", year: 2021, status: "accepted", format: "html"));
        Assert.Contains("唐河县（411328）2021年政府信息公开工作年度报告统计表（仅汇总审核通过的报告）", html);
        Assert.Contains("<h2>2021 格式，汇总 2 份报告，其中 0 份已标记；已通过审核 2 份，待审核 0 份，已退回 0 份</h2>", html);

        var xlsx = await _client.GetAsync(Routes.Tables(area: "411328", year: 2021, status: "accepted", format: "xlsx"));
        Assert.Equal("411328-2021-tables-accepted.xlsx", xlsx.Content.Headers.ContentDisposition!.FileName);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var part = workbook.WorkbookPart!;
        var sheet = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var title = sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference!.Value == "A1");
        Assert.Equal("唐河县（411328）2021年政府信息公开工作年度报告统计表（仅汇总审核通过的报告） 二、主动公开政府信息情况（2021 格式，汇总 2 份报告，其中 0 份已标记；已通过审核 2 份，待审核 0 份，已退回 0 份）",
            title.InlineString?.InnerText ?? part.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(title.CellValue!.Text)).InnerText);

        // A township's tables: its one report, when it is accepted.
        Assert.Empty((await JsonAsync(Routes.Tables(area: "411328101", year: 2021, status: "accepted")))["formats"]!.AsArray());
        Assert.Single((await JsonAsync(Routes.Tables(area: "411328110", year: 2021, status: "accepted")))["formats"]!.AsArray());
    }

    [Fact]
    public async Task Completeness_says_how_many_of_each_state_lists_the_returned_and_with_status_accepted_counts_only_those()
    {
        var all = await JsonAsync(Routes.Completeness(area: "411328", year: 2021));
        var accepted = await JsonAsync(Routes.Completeness(area: "411328", year: 2021, status: "accepted"));

        Assert.Null((string?)all["status"]);
        Assert.Equal((3, 21), ((int)all["submitted"]!, all["missing"]!.AsArray().Count));
        Assert.Equal("""{"submitted":0,"accepted":2,"returned":1}""", all["states"]!.ToJsonString());
        var returned = Assert.Single(all["returned"]!.AsArray())!;
        Assert.Equal(("411328101", "源潭镇", CountyReview.Reason), ((string)returned["townshipCode"]!, (string)returned["townshipName"]!, (string)returned["reason"]!));
        Assert.True(DateTime.UtcNow - (DateTime)returned["returnedAt"]! < TimeSpan.FromMinutes(10));

        Assert.Equal("accepted", (string?)accepted["status"]);
        Assert.Equal((2, 22), ((int)accepted["submitted"]!, accepted["missing"]!.AsArray().Count));
        Assert.Contains(accepted["missing"]!.AsArray(), m => (string)m!["townshipCode"]! == "411328101");
        Assert.Equal("""{"submitted":0,"accepted":2,"returned":0}""", accepted["states"]!.ToJsonString());
        Assert.Empty(accepted["returned"]!.AsArray());
        Assert.Equal(Math.Round(2m / 24, 6), (decimal)accepted["rate"]!);

        var townships = (await _client.GetStringAsync(Routes.Completeness(area: "411328", year: 2021, format: "csv"))).Split("\r\n");
        Assert.Contains(townships, line => line.StartsWith("2021,411328101,源潭镇,true,", StringComparison.Ordinal) && line.EndsWith(",returned", StringComparison.Ordinal));
        Assert.Contains(townships, line => line.StartsWith("2021,411328110,上屯镇,true,", StringComparison.Ordinal) && line.EndsWith(",accepted", StringComparison.Ordinal));
        var reminders = (await _client.GetStringAsync(Routes.Completeness(area: "411328", year: 2021, list: "reminders", format: "csv"))).Split("\r\n");
        Assert.Equal("year,countyCode,countyName,townshipCode,townshipName,status,date,judgedBy,reason", reminders[0]);
        Assert.Contains($"2021,411328,唐河县,411328101,源潭镇,returned,{DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd},,{CountyReview.Reason}", reminders);
    }

    [Theory]
    [InlineData("/api/v1/rollups/applications?status=Accepted")]
    [InlineData("/api/v1/rollups/publications?status=withdrawn")]
    [InlineData("/api/v1/tables?year=2021&status=submitted")]
    [InlineData("/api/v1/completeness?year=2021&status=ACCEPTED")]
    public async Task Any_other_status_is_a_precise_400(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal(("status", "invalid-status"), ((string?)error["parameter"], (string?)error["code"]));
        Assert.StartsWith("status must be accepted", (string?)error["detail"]);
    }

    private static long ValueOf(JsonNode set, string pointer) =>
        (from table in set["tables"]!.AsArray()
         from row in table!["rows"]!.AsArray()
         from cell in row!["cells"]!.AsArray()
         where (string?)cell!["cell"] == pointer
         select (long)cell!["value"]!).Single();

    private Task<JsonNode> JsonAsync(string url) => _client.GetOkJsonAsync(url);

    private async Task<JsonArray> GroupsAsync(string url) => (await JsonAsync(url))["groups"]!.AsArray();
}
