using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http.Changes;

/// <summary>GET …/reports/{year}/changes: what changed between two revisions, or since the year before, in JSON and CSV.</summary>
public sealed class ChangesTests : IDisposable
{
    private static readonly string Url = Routes.Changes("411328110", 2020);

    private readonly ServiceFactory _service = new();
    private readonly HttpClient _admin;
    private readonly HttpClient _public;

    public ChangesTests()
    {
        _admin = _service.CreateAdminClient();
        _public = _service.CreateClient();
    }

    public void Dispose() => _service.Dispose();

    private async Task SubmitAsync(JsonNode report)
    {
        var response = await _admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>上屯镇's 2020 report, then a revision that corrects a count and procurement, and states one more policy interpretation.</summary>
    private async Task SubmitTwoRevisionsAsync()
    {
        await SubmitAsync(Samples.Node("shangtun-2020.json"));
        var revised = Samples.Node("shangtun-2020.json");
        revised["proactiveDisclosure"]!["otherServices"]!["decisions"] = 180;
        revised["proactiveDisclosure"]!["procurement"]!["projects"] = 2;
        revised["proactiveDisclosure"]!["procurement"]!["amountWan"] = JsonNode.Parse("12.345601");
        revised["publications"]!["policyInterpretations"] = 27;
        await SubmitAsync(revised);
    }

    /// <summary>The 2021-format sample as 上屯镇's 2021 report.</summary>
    private static JsonObject Shangtun2021()
    {
        var report = Samples.Node("township-2021.json");
        report["townshipCode"] = "411328110";
        report["year"] = 2021;
        return report;
    }

    private Task<HttpResponseMessage> GetAsync(string url, string? accept = null, EntityTagHeaderValue? ifNoneMatch = null) => _public.GetWithHeadersAsync(url, accept, ifNoneMatch);

    private async Task<JsonObject> JsonAsync(string url)
    {
        var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static async Task<JsonArray> ProblemsAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(type, (string?)problem["type"]);
        return problem["errors"]?.AsArray() ?? [];
    }

    private static IEnumerable<(string?, string?)> Named(JsonArray errors) =>
        errors.Select(e => ((string?)e!["parameter"], (string?)e["code"]));

    [Fact]
    public async Task The_current_revision_is_compared_with_the_one_before_it_cell_by_cell()
    {
        await SubmitTwoRevisionsAsync();

        var changes = await JsonAsync(Url);

        Assert.Equal("411328110", (string?)changes["townshipCode"]);
        Assert.Equal("上屯镇", (string?)changes["townshipName"]);
        foreach (var (side, revision) in new[] { ("from", 1), ("to", 2) })
        {
            Assert.Equal(2020, (int?)changes[side]!["year"]);
            Assert.Equal(revision, (int?)changes[side]!["revision"]);
            Assert.Equal("2019", (string?)changes[side]!["format"]);
            Assert.Equal("2019", (string?)changes[side]!["layout"]);
            Assert.False((bool)changes[side]!["flagged"]!);
            Assert.EndsWith("Z", (string?)changes[side]!["submittedAt"]);
        }
        Assert.Equal([201, 197, 4, 0, 0], new[] { "compared", "unchanged", "changed", "fromOnly", "toOnly" }.Select(n => (int)changes[n]!));
        var expected = JsonNode.Parse("""
            [
              { "pointer": "/proactiveDisclosure/otherServices/decisions", "table": "二", "row": "其他对外管理服务事项", "column": "处理决定数量",
                "presentIn": "both", "from": 200, "to": 180, "change": -20, "ratio": 0.9 },
              { "pointer": "/proactiveDisclosure/procurement/projects", "table": "二", "row": "政府集中采购", "column": "采购项目数量",
                "presentIn": "both", "from": 0, "to": 2, "change": 2, "ratio": null },
              { "pointer": "/proactiveDisclosure/procurement/amountWan", "table": "二", "row": "政府集中采购", "column": "采购总金额（万元）", "unit": "万元",
                "presentIn": "both", "from": 0, "to": 12.345601, "change": 12.345601, "ratio": null },
              { "pointer": "/publications/policyInterpretations/count", "table": "publications", "row": "政策解读和回应关切", "column": "数量",
                "presentIn": "both", "from": 26, "to": 27, "change": 1, "ratio": 1.038462 }
            ]
            """);
        Assert.True(JsonNode.DeepEquals(expected, changes["cells"]), changes["cells"]!.ToJsonString());
        // The amount is written exactly as the report writes it, not through a binary float.
        Assert.Equal("12.345601", changes["cells"]![2]!["to"]!.ToJsonString());
    }

    [Fact]
    public async Task Any_two_revisions_are_compared_by_from_and_to()
    {
        await SubmitTwoRevisionsAsync();
        var third = Samples.Node("shangtun-2020.json");
        third["publications"]!["policyInterpretations"] = 30;
        await SubmitAsync(third);

        var firstToThird = await JsonAsync(Routes.Changes("411328110", 2020, from: 1, to: 3));
        var firstToSecond = await JsonAsync(Routes.Changes("411328110", 2020, to: 2));
        var thirdAgainstSecond = await JsonAsync(Routes.Changes("411328110", 2020, from: 2));

        Assert.Equal((1, 3), ((int)firstToThird["from"]!["revision"]!, (int)firstToThird["to"]!["revision"]!));
        var only = Assert.Single(firstToThird["cells"]!.AsArray());
        Assert.Equal(("/publications/policyInterpretations/count", 26, 30, 4), ((string)only!["pointer"]!, (int)only["from"]!, (int)only["to"]!, (int)only["change"]!));
        Assert.Equal((1, 2), ((int)firstToSecond["from"]!["revision"]!, (int)firstToSecond["to"]!["revision"]!));
        Assert.Equal(4, firstToSecond["cells"]!.AsArray().Count);
        Assert.Equal((2, 3), ((int)thirdAgainstSecond["from"]!["revision"]!, (int)thirdAgainstSecond["to"]!["revision"]!));
        Assert.Equal([-180m + 200, -2, -12.345601m, 3], thirdAgainstSecond["cells"]!.AsArray().Select(c => (decimal)c!["change"]!));
    }

    [Fact]
    public async Task Csv_is_a_line_per_listed_figure_with_the_same_numbers_by_format_or_accept()
    {
        await SubmitTwoRevisionsAsync();

        var byFormat = await GetAsync(Routes.Changes("411328110", 2020, format: "csv"));
        var byAccept = await GetAsync(Url, accept: "text/csv");

        Assert.Equal(HttpStatusCode.OK, byFormat.StatusCode);
        Assert.Equal("text/csv", byFormat.Content.Headers.ContentType!.MediaType);
        var csv = await byFormat.Content.ReadAsStringAsync();
        Assert.Equal(
            "townshipCode,fromYear,fromRevision,toYear,toRevision,pointer,table,row,column,unit,presentIn,from,to,change,ratio\r\n" +
            "411328110,2020,1,2020,2,/proactiveDisclosure/otherServices/decisions,二,其他对外管理服务事项,处理决定数量,,both,200,180,-20,0.9\r\n" +
            "411328110,2020,1,2020,2,/proactiveDisclosure/procurement/projects,二,政府集中采购,采购项目数量,,both,0,2,2,\r\n" +
            "411328110,2020,1,2020,2,/proactiveDisclosure/procurement/amountWan,二,政府集中采购,采购总金额（万元）,万元,both,0,12.345601,12.345601,\r\n" +
            "411328110,2020,1,2020,2,/publications/policyInterpretations/count,publications,政策解读和回应关切,数量,,both,26,27,1,1.038462\r\n",
            csv);
        Assert.Equal(HttpStatusCode.OK, byAccept.StatusCode);
        Assert.Equal(csv, await byAccept.Content.ReadAsStringAsync());
        Assert.NotEqual(byFormat.Headers.ETag, (await GetAsync(Url)).Headers.ETag);
    }

    [Fact]
    public async Task Against_the_previous_year_in_the_other_format_compares_the_shared_cells_and_lists_the_others_with_null()
    {
        await SubmitAsync(Samples.Node("shangtun-2020.json"));
        await SubmitAsync(Shangtun2021());

        var changes = await JsonAsync(Routes.Changes("411328110", 2021, against: "previousYear"));

        Assert.Equal((2020, 1, "2019", "2019"), ((int)changes["from"]!["year"]!, (int)changes["from"]!["revision"]!, (string)changes["from"]!["format"]!, (string)changes["from"]!["layout"]!));
        Assert.Equal((2021, 1, "2021", "2021"), ((int)changes["to"]!["year"]!, (int)changes["to"]!["revision"]!, (string)changes["to"]!["format"]!, (string)changes["to"]!["layout"]!));
        Assert.Equal([174, 131, 43, 27, 30], new[] { "compared", "unchanged", "changed", "fromOnly", "toOnly" }.Select(n => (int)changes[n]!));
        var cells = changes["cells"]!.AsArray().ToDictionary(c => (string)c!["pointer"]!, c => c!.AsObject());
        Assert.Equal(43 + 27 + 30, cells.Count);

        var procurement = cells["/proactiveDisclosure/procurement/amountWan"];
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            { "pointer": "/proactiveDisclosure/procurement/amountWan", "table": "二", "row": "政府集中采购", "column": "采购总金额（万元）", "unit": "万元",
              "presentIn": "from", "from": 0, "to": null, "change": null, "ratio": null }
            """), procurement), procurement.ToJsonString());
        var fees = cells["/proactiveDisclosure/fees/amountWan"];
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            { "pointer": "/proactiveDisclosure/fees/amountWan", "table": "二", "row": "行政事业性收费", "column": "本年收费金额（单位：万元）", "unit": "万元",
              "presentIn": "to", "from": null, "to": 36.8125, "change": null, "ratio": null }
            """), fees), fees.ToJsonString());
        var disclosed = cells["/applications/results/disclosed/total"];
        Assert.Equal(("both", 0, 8, 8), ((string)disclosed["presentIn"]!, (int)disclosed["from"]!, (int)disclosed["to"]!, (int)disclosed["change"]!));
        Assert.Equal(7, cells.Values.Count(c => (string?)c["row"] == "（六）其他处理" && (string?)c["presentIn"] == "from"));
        Assert.Equal(21, cells.Values.Count(c => ((string)c["row"]!).StartsWith("（六）其他处理 ", StringComparison.Ordinal) && (string?)c["presentIn"] == "to"));

        // The same township's report against its own year before by default: 2020 has no revision before its first.
        var csv = await (await GetAsync(Routes.Changes("411328110", 2021, against: "previousYear", format: "csv"))).Content.ReadAsStringAsync();
        Assert.Contains("\r\n411328110,2020,1,2021,1,/proactiveDisclosure/fees/amountWan,二,行政事业性收费,本年收费金额（单位：万元）,万元,to,,36.8125,,\r\n", csv);
        Assert.Equal(1 + 100, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task An_unchanged_answer_is_304_to_its_tag_and_a_new_revision_changes_the_tag()
    {
        await SubmitTwoRevisionsAsync();
        var first = await GetAsync(Url);
        var tag = first.Headers.ETag!;

        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(Url, ifNoneMatch: tag)).StatusCode);
        var third = Samples.Node("shangtun-2020.json");
        third["publications"]!["policyInterpretations"] = 30;
        await SubmitAsync(third);
        var after = await GetAsync(Url, ifNoneMatch: tag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(tag, after.Headers.ETag);
    }

    [Fact]
    public async Task A_report_revision_or_previous_year_that_does_not_exist_is_404_with_its_code()
    {
        Assert.Equal([(null, "no-such-report")], Named(await ProblemsAsync(await GetAsync(Url), HttpStatusCode.NotFound, "/problems/not-found")));

        await SubmitAsync(Samples.Node("shangtun-2020.json"));
        Assert.Equal([("from", "no-earlier-revision")], Named(await ProblemsAsync(await GetAsync(Url), HttpStatusCode.NotFound, "/problems/not-found")));
        Assert.Equal([("against", "no-previous-year")],
            Named(await ProblemsAsync(await GetAsync(Routes.Changes("411328110", 2020, against: "previousYear")), HttpStatusCode.NotFound, "/problems/not-found")));
        Assert.Equal([("to", "no-such-revision")], Named(await ProblemsAsync(await GetAsync(Routes.Changes("411328110", 2020, to: 2)), HttpStatusCode.NotFound, "/problems/not-found")));
        Assert.Equal([("from", "no-such-revision")], Named(await ProblemsAsync(await GetAsync(Routes.Changes("411328110", 2020, from: 4, to: 1)), HttpStatusCode.NotFound, "/problems/not-found")));
        Assert.Equal([(null, "no-such-report")], Named(await ProblemsAsync(
            await GetAsync(Routes.Changes("411328110", 2021, against: "previousYear")), HttpStatusCode.NotFound, "/problems/not-found")));
    }

    [Fact]
    public async Task A_withdrawn_previous_year_is_no_previous_year_until_it_is_filed_again()
    {
        await SubmitAsync(Samples.Node("shangtun-2020.json"));
        await SubmitAsync(Shangtun2021());
        var against = Routes.Changes("411328110", 2021, against: "previousYear");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(against)).StatusCode);

        await CountyReview.ReviewAsync(_service, "411328110", 2020, Disclosure.Domain.Reviews.ReviewAction.Withdrawn);

        var problem = await ProblemsAsync(await GetAsync(against), HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal([("against", "no-previous-year")], Named(problem));
        Assert.Equal("There is no report of township 411328110 for 2020 to compare its report for 2021 with.", (string?)problem[0]!["detail"]);

        await SubmitAsync(Samples.Node("shangtun-2020.json"));
        var compared = await GetAsync(against);
        Assert.Equal(HttpStatusCode.OK, compared.StatusCode);
        Assert.Equal(2, (int)JsonNode.Parse(await compared.Content.ReadAsStringAsync())!["from"]!["revision"]!);
    }

    [Fact]
    public async Task Bad_parameters_are_400_all_at_once_each_named()
    {
        await SubmitTwoRevisionsAsync();

        var all = await ProblemsAsync(await GetAsync($"{Url}?from=0&to=-1&against=lastYear&format=xml"), HttpStatusCode.BadRequest, "/problems/invalid-parameter");
        var both = await ProblemsAsync(await GetAsync($"{Url}?from=1&against=previousYear"), HttpStatusCode.BadRequest, "/problems/invalid-parameter");
        var badPath = await ProblemsAsync(await GetAsync("/api/v1/townships/41132811x/reports/2020/changes"), HttpStatusCode.BadRequest, "/problems/invalid-parameter");
        var notNumbers = await ProblemsAsync(await GetAsync($"{Url}?from=one&to=2.5"), HttpStatusCode.BadRequest, "/problems/invalid-parameter");

        Assert.Equal(
        [
            ("against", "against-with-from"), ("against", "invalid-against"), ("format", "invalid-format"),
            ("from", "invalid-revision"), ("to", "invalid-revision"),
        ], Named(all).Order());
        Assert.Equal([("against", "against-with-from")], Named(both));
        Assert.Equal([("code", "invalid-township-code")], Named(badPath));
        Assert.Equal(["from", "to"], notNumbers.Select(e => (string?)e!["parameter"]).Order());
    }

    [Fact]
    public async Task An_Accept_that_takes_neither_json_nor_csv_is_406()
    {
        await SubmitTwoRevisionsAsync();

        await ProblemsAsync(await GetAsync(Url, accept: "application/xml"), HttpStatusCode.NotAcceptable, "/problems/not-acceptable");
    }
}
