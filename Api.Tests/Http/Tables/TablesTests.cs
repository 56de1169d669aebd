using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Domain.Formats;
using static Disclosure.Api.Tests.Http.Tables.TablesJsonReading;

namespace Disclosure.Api.Tests.Http.Tables;

/// <summary>GET /api/v1/tables: the national tables of an area summed, as JSON; its parameters, problems and tags.</summary>
public sealed class TablesTests(TablesFixture fixture) : IClassFixture<TablesFixture>
{
    private static readonly ReportFormat F2019 = ReportFormats.Format2019;
    private static readonly ReportFormat F2021 = ReportFormats.Format2021;

    private readonly HttpClient _client = fixture.Service.CreateClient();

    private Task<HttpResponseMessage> GetAsync(string url, string? accept = null, EntityTagHeaderValue? ifNoneMatch = null) => _client.GetWithHeadersAsync(url, accept, ifNoneMatch);

    private async Task<JsonNode> JsonAsync(string url)
    {
        var response = await GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonNode.Parse(body)!;
    }

    private async Task<JsonNode> ProblemAsync(string url, HttpStatusCode status, string type, string? accept = null)
    {
        var response = await GetAsync(url, accept);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(type, (string?)problem["type"]);
        return problem;
    }

    private void AssertSums(JsonNode set, ReportFormat format, string area, int year, bool excludeFlagged = false)
    {
        var reports = fixture.In(area, year, excludeFlagged).Where(r => r.Report.Format == format).ToList();
        Assert.Equal(reports.Count, (long)set["reports"]!);
        Assert.Equal(reports.Count(r => r.Flagged), (long)set["flagged"]!);
        var figures = Figures(set);
        Assert.NotEmpty(figures);
        foreach (var (pointer, value) in figures)
            Assert.True(Sum(reports.Select(r => r.Report), format, pointer) == value, $"{pointer}: {value}, expected {Sum(reports.Select(r => r.Report), format, pointer)}");
    }

    [Fact]
    public async Task A_county_with_both_formats_answers_a_set_per_format_each_summing_its_reports_cell_by_cell()
    {
        var answer = await JsonAsync(Routes.Tables(area: "411328", year: 2021));

        Assert.Equal("411328", (string?)answer["area"]);
        Assert.Equal("唐河县", (string?)answer["areaName"]);
        Assert.Equal(2021, (int)answer["year"]!);
        Assert.False((bool)answer["excludeFlagged"]!);
        Assert.Equal("唐河县（411328）2021年政府信息公开工作年度报告统计表", (string?)answer["title"]);
        Assert.Equal(["2019", "2021"], answer["formats"]!.AsArray().Select(f => (string)f!["format"]!));

        var set2019 = Set(answer, "2019");
        Assert.Equal("2019", (string?)set2019["layout"]);
        Assert.Equal("2019 格式，汇总 1 份报告，其中 0 份已标记；已通过审核 0 份，待审核 1 份，已退回 0 份", (string?)set2019["caption"]);
        Assert.Equal("""{"submitted":1,"accepted":0,"returned":0}""", set2019["states"]!.ToJsonString());
        Assert.Empty(set2019["notes"]!.AsArray());
        Assert.Equal(F2019.Layouts[0].Cells.Select(c => c.Pointer), Figures(set2019).Select(f => f.Pointer));
        AssertSums(set2019, F2019, "411328", 2021);

        var set2021 = Set(answer, "2021");
        Assert.Equal("2021 格式，汇总 3 份报告，其中 1 份已标记；已通过审核 0 份，待审核 3 份，已退回 0 份", (string?)set2021["caption"]);
        AssertSums(set2021, F2021, "411328", 2021);
        Assert.Equal(["二", "三", "四"], set2021["tables"]!.AsArray().Select(t => (string)t!["number"]!));
        Assert.Equal("73.625007", Figures(set2021).Single(f => f.Pointer == "/proactiveDisclosure/fees/amountWan").Value);
        Assert.Equal("1000000000030", Figures(set2021).Single(f => f.Pointer == "/proactiveDisclosure/licensing/decisions").Value);
    }

    [Fact]
    public async Task When_some_2021_reports_print_other_handling_undivided_both_the_sub_rows_and_the_undivided_row_are_printed_with_a_note()
    {
        var set = Set(await JsonAsync(Routes.Tables(area: "411328", year: 2021)), "2021");

        Assert.Null((string?)set["layout"]);
        Assert.Equal(["（六）其他处理：2 份报告分项填报，计入 1、2、3 项；1 份报告未分项，只计入“（六）其他处理（未分项）”一行，不拆分到各项。"],
            set["notes"]!.AsArray().Select(n => (string)n!));
        var labels = Texts(set);
        var at = labels.IndexOf("（六）其他处理");
        Assert.Equal(["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（六）其他处理（未分项）", "（七）总计"],
            labels.Skip(at).Take(6));
        // The two divided reports' sub-rows (the second's figures doubled), and the undivided report's own row.
        Assert.Equal(["3", "0", "0", "0", "0", "0", "3"], ApplicationsRow(set, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
        Assert.Equal(["0", "0", "0", "0", "0", "3", "3"], ApplicationsRow(set, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"));
        Assert.Equal(["3", "0", "0", "0", "0", "0", "3"], ApplicationsRow(set, "3.其他"));
        Assert.Equal(["2", "0", "0", "0", "0", "1", "3"], ApplicationsRow(set, "（六）其他处理（未分项）"));
        var table = set["tables"]!.AsArray().Single(t => (string?)t!["number"] == "三")!;
        var results = table["rows"]!.AsArray().SelectMany(r => r!["cells"]!.AsArray()).Single(c => (string?)c!["text"] == "三、本年度办理结果")!;
        Assert.Equal(23, (int)results["rowSpan"]!);
    }

    [Fact]
    public async Task ExcludeFlagged_leaves_the_flagged_report_out_of_every_sum()
    {
        var answer = await JsonAsync(Routes.Tables(area: "411328", year: 2021, excludeFlagged: true));

        Assert.True((bool)answer["excludeFlagged"]!);
        var set = Set(answer, "2021");
        Assert.Equal(2, (long)set["reports"]!);
        Assert.Equal(0, (long)set["flagged"]!);
        AssertSums(set, F2021, "411328", 2021, excludeFlagged: true);
        Assert.Equal("73.625", Figures(set).Single(f => f.Pointer == "/proactiveDisclosure/fees/amountWan").Value);
        Assert.Equal(["（六）其他处理：1 份报告分项填报，计入 1、2、3 项；1 份报告未分项，只计入“（六）其他处理（未分项）”一行，不拆分到各项。"],
            set["notes"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public async Task A_province_sums_its_counties_and_leaves_other_years_out()
    {
        var answer = await JsonAsync(Routes.Tables(area: "41", year: 2021));

        Assert.Equal("河南省", (string?)answer["areaName"]);
        AssertSums(Set(answer, "2021"), F2021, "41", 2021);
        Assert.Equal(4, (long)Set(answer, "2021")["reports"]!);
        AssertSums(Set(answer, "2019"), F2019, "41", 2021);
    }

    [Fact]
    public async Task Without_an_area_the_tables_sum_the_whole_country()
    {
        var answer = await JsonAsync(Routes.Tables(year: 2021));

        Assert.Null((string?)answer["area"]);
        Assert.Equal("全国", (string?)answer["areaName"]);
        Assert.Equal("全国2021年政府信息公开工作年度报告统计表", (string?)answer["title"]);
        AssertSums(Set(answer, "2021"), F2021, "", 2021);
        AssertSums(Set(answer, "2019"), F2019, "", 2021);
    }

    [Fact]
    public async Task A_township_code_answers_its_one_report_in_its_own_layout()
    {
        var undivided = Set(await JsonAsync(Routes.Tables(area: "411328001", year: 2021)), "2021");
        Assert.Equal(ReportFormats.UndividedOtherLayout, (string?)undivided["layout"]);
        Assert.Equal(1, (long)undivided["reports"]!);
        Assert.Equal(["本报告将（六）其他处理印为一行，未分 1、2、3 项。"], undivided["notes"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(F2021.FindLayout(ReportFormats.UndividedOtherLayout)!.Cells.Select(c => c.Pointer), Figures(undivided).Select(f => f.Pointer));
        AssertSums(undivided, F2021, "411328001", 2021);

        var flagged = await JsonAsync(Routes.Tables(area: "411328101", year: 2021));
        Assert.Equal(1, (long)Set(flagged, "2021")["flagged"]!);
        Assert.Empty((await JsonAsync(Routes.Tables(area: "411328101", year: 2021, excludeFlagged: true)))["formats"]!.AsArray());

        var shangtun = await JsonAsync(Routes.Tables(area: "411328110", year: 2020));
        Assert.Equal("上屯镇", (string?)shangtun["areaName"]);
        AssertSums(Set(shangtun, "2019"), F2019, "411328110", 2020);
    }

    [Fact]
    public async Task Every_member_of_the_answer_is_one_its_schema_in_the_served_document_names_and_every_required_one_is_there()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var schemas = document["components"]!["schemas"]!;
        void Conforms(JsonNode node, string schema)
        {
            var definition = schemas[schema]!;
            var properties = definition["properties"]!.AsObject();
            var required = definition["required"]!.AsArray().Select(r => (string)r!).ToList();
            var members = node.AsObject().Select(m => m.Key).ToList();
            Assert.All(members, m => Assert.True(properties.ContainsKey(m), $"{schema} has no member {m}"));
            Assert.All(required, r => Assert.Contains(r, members));
            foreach (var (name, value) in node.AsObject())
            {
                if (properties[name]!["enum"] is JsonArray values)
                    Assert.Contains((string)value!, values.Select(v => (string)v!));
                var items = properties[name]!["items"]?["$ref"];
                if (items is not null && value is JsonArray array)
                    foreach (var item in array) Conforms(item!, ((string)items!).Split('/')[^1]);
            }
        }

        Conforms(await JsonAsync(Routes.Tables(area: "411328", year: 2021)), "TablesResponse");
    }

    [Fact]
    public async Task An_area_without_reports_for_the_year_answers_no_tables()
    {
        var answer = await JsonAsync(Routes.Tables(area: "411328", year: 2019));

        Assert.Empty(answer["formats"]!.AsArray());
    }

    [Theory]
    [InlineData("area=411328&year=2021&format=csv", "format", "invalid-format")]
    [InlineData("area=41132&year=2021", "area", "invalid-area")]
    [InlineData("area=411328", "year", "missing-year")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string parameter, string code)
    {
        var problem = await ProblemAsync($"/api/v1/tables?{query}", HttpStatusCode.BadRequest, "/problems/invalid-parameter");

        var error = Assert.Single(problem["errors"]!.AsArray(), e => (string?)e!["code"] == code);
        Assert.Equal(parameter, (string?)error!["parameter"]);
    }

    [Fact]
    public async Task An_unknown_area_is_a_404_and_an_accept_of_no_type_offered_a_406()
    {
        var missing = await ProblemAsync(Routes.Tables(area: "419999", year: 2021), HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal("There is no division 419999.", (string?)missing["detail"]);

        var notAcceptable = await ProblemAsync(Routes.Tables(area: "411328", year: 2021), HttpStatusCode.NotAcceptable, "/problems/not-acceptable", "text/csv");
        Assert.Equal("This answer is application/json, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, text/html, " +
                     "and Accept accepts none of them: accept one, or ask with format=json, format=xlsx, format=html.", (string?)notAcceptable["detail"]);
    }

    [Fact]
    public async Task Each_representation_has_its_own_tag_and_a_matching_If_None_Match_is_a_304()
    {
        var url = Routes.Tables(area: "411328", year: 2021);
        var json = await GetAsync(url);
        var xlsx = await GetAsync(Routes.Tables(area: "411328", year: 2021, format: "xlsx"));
        var html = await GetAsync(url, "text/html");

        Assert.Equal(3, new[] { json.Headers.ETag!.Tag, xlsx.Headers.ETag!.Tag, html.Headers.ETag!.Tag }.Distinct().Count());
        Assert.Equal(json.Headers.ETag, (await GetAsync(url)).Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(url, ifNoneMatch: json.Headers.ETag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(Routes.Tables(area: "411328", year: 2021, format: "xlsx"), ifNoneMatch: xlsx.Headers.ETag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Routes.Tables(area: "411328", year: 2021, format: "html"), ifNoneMatch: json.Headers.ETag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Routes.Tables(area: "411328", year: 2021, excludeFlagged: true), ifNoneMatch: json.Headers.ETag)).StatusCode);
    }
}
