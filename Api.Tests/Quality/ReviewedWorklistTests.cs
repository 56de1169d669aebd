using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Domain.Reviews;

namespace Disclosure.Api.Tests.Quality;

/// <summary>
/// The worklist after the county's review, over HTTP as the county and the townships do it: 唐河县 for 2020 (no year
/// before, fewer than five peers: no outliers), each township in another state of review.
/// </summary>
public sealed class ReviewedWorklistTests : IAsyncLifetime
{
    private const string Regulations = "/proactiveDisclosure/regulations/newlyMade";
    private const string Explained = "镇政府规范性文件误列为规章，按公开文本填报，下年更正。";

    private readonly ServiceFactory _service = new();
    private HttpClient _admin = null!;
    private HttpClient _public = null!;
    private string _regulationsWarning = "";
    private string _returnedAt = "";

    public async Task InitializeAsync()
    {
        _admin = _service.CreateAdminClient();
        _public = _service.CreateClient();
        // 101: a warning the township explained (waiting for acceptance). 102: the same warning, unexplained.
        await SubmitAsync(WithRegulations("411328101"));
        using var township = await TownshipClientAsync("411328101");
        await ExplainAsync(township, "411328101", "township-regulations", Regulations, "first draft");
        await ExplainAsync(township, "411328101", "township-regulations", Regulations, Explained);
        await SubmitAsync(WithRegulations("411328102"));
        // 103: returned with the county's reason. 104: explained (by the admin) and accepted: nothing to do.
        await SubmitAsync(QualityFixture.Report("411328103", 2020, newly: 10, licensing: 5));
        await CountyReview.ReviewAsync(_service, "411328103", 2020, ReviewAction.Returned);
        await SubmitAsync(WithRegulations("411328104"));
        await ExplainAsync(_admin, "411328104", "township-regulations", Regulations, Explained);
        await CountyReview.ReviewAsync(_service, "411328104", 2020, ReviewAction.Accepted);
        // 105: withdrawn, so missing. 106: flagged, its violations unexplained. 107: nothing found.
        await SubmitAsync(QualityFixture.Report("411328105", 2020, newly: 10, licensing: 5));
        await CountyReview.ReviewAsync(_service, "411328105", 2020, ReviewAction.Withdrawn);
        await SubmitAsync(QualityFixture.Flagged(QualityFixture.Report("411328106", 2020, newly: 10, licensing: 5)));
        await SubmitAsync(QualityFixture.Report("411328107", 2020, newly: 10, licensing: 5));

        var stored = await JsonAsync(Routes.Report("411328102", 2020));
        _regulationsWarning = (string)stored["warnings"]!.AsArray().Single()!["message"]!;
        var history = await JsonAsync(Routes.Reviews("411328103", 2020));
        _returnedAt = (string)history["history"]!.AsArray()[^1]!["at"]!;
    }

    public Task DisposeAsync()
    {
        _service.Dispose();
        return Task.CompletedTask;
    }

    private static JsonObject WithRegulations(string township)
    {
        var report = QualityFixture.Report(township, 2020, newly: 10, licensing: 5);
        report["proactiveDisclosure"]!["regulations"]!["newlyMade"] = 1;
        return report;
    }

    private async Task SubmitAsync(JsonObject report)
    {
        var response = await _admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpClient> TownshipClientAsync(string township)
    {
        var issued = JsonNode.Parse(await (await _admin.PostAsync(Routes.Keys(township), null)).Content.ReadAsStringAsync())!;
        var client = _service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)issued["key"]!);
        return client;
    }

    private static async Task ExplainAsync(HttpClient client, string township, string code, string pointer, string text)
    {
        var response = await client.PostAsync(Routes.Explanations(township, 2020),
            ServiceFactory.Json(new JsonObject { ["code"] = code, ["pointer"] = pointer, ["text"] = text }.ToJsonString()));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonObject> JsonAsync(string url)
    {
        var response = await _public.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static readonly string[] Missing =
        ["411328001", "411328002", "411328003", "411328004", "411328005", "411328105", "411328108", "411328109", "411328110",
         "411328111", "411328112", "411328113", "411328114", "411328300", "411328301", "411328306", "411328309", "411328311"];

    [Fact]
    public async Task Flagged_then_returned_then_missing_then_unexplained_then_explained_and_an_accepted_explained_report_is_clean()
    {
        var answer = await JsonAsync(Routes.Quality(area: "411328", year: 2020));

        Assert.Equal(24, (int)answer["expected"]!);
        Assert.Equal(6, (int)answer["submitted"]!);   // 105 was withdrawn
        Assert.Equal(2, (int)answer["clean"]!);       // 104 accepted with its warning explained, 107 with nothing found
        Assert.Equal(22, (int)answer["listed"]!);
        Assert.Equal(
            ["violation 2 2 1", "returned 1 0 1", "missing 18 0 18", "outlier 0 0 0", "warning 2 1 2"],
            answer["totals"]!.AsArray().Select(t => $"{(string)t!["kind"]!} {(long)t["items"]!} {(long)t["unexplained"]!} {(int)t["townships"]!}").ToArray());

        var townships = answer["townships"]!.AsArray();
        Assert.Equal(["411328106", "411328103", .. Missing, "411328102", "411328101"], townships.Select(t => (string)t!["townshipCode"]!).ToArray());
        Assert.Equal<IEnumerable<string?>>(["submitted", "returned", .. Missing.Select(_ => (string?)null), "submitted", "submitted"],
            townships.Select(t => (string?)t!["state"]).ToList());

        var returned = townships[1]!["items"]!.AsArray().Single()!.AsObject();
        Assert.Equal("returned", (string)returned["kind"]!);
        Assert.Equal("returned", (string)returned["code"]!);
        Assert.False(returned.ContainsKey("pointer"));
        Assert.Equal(CountyReview.Reason, (string)returned["reason"]!);
        Assert.Equal(_returnedAt, (string)returned["at"]!);
        Assert.Equal($"Returned by the county on {_returnedAt[..10]}: {CountyReview.Reason}", (string)returned["message"]!);
        Assert.Null(returned["explanation"]);
        Assert.True(returned.ContainsKey("explanation"));

        var withdrawn = townships[2 + Array.IndexOf(Missing, "411328105")]!;
        Assert.Null(withdrawn["revision"]);
        Assert.Equal("missing", (string)withdrawn["items"]![0]!["kind"]!);

        var unexplained = townships[^2]!["items"]!.AsArray().Single()!;
        Assert.Equal(("warning", "township-regulations", Regulations, _regulationsWarning),
            ((string)unexplained["kind"]!, (string)unexplained["code"]!, (string)unexplained["pointer"]!, (string)unexplained["message"]!));
        Assert.Null(unexplained["explanation"]);

        var explained = townships[^1]!["items"]!.AsArray().Single()!;
        Assert.Equal(("warning", "township-regulations", Explained), ((string)explained["kind"]!, (string)explained["code"]!, (string?)explained["explanation"]));

        var flagged = townships[0]!["items"]!.AsArray();
        Assert.Equal(["violation A3", "violation A1"], flagged.Select(i => $"{(string)i!["kind"]!} {(string)i["code"]!}").ToArray());
        Assert.All(flagged, i => Assert.Null(i!["explanation"]));
    }

    [Fact]
    public async Task Explaining_a_flagged_reports_violations_moves_it_to_the_explained_and_a_new_revision_makes_them_unexplained_again()
    {
        await ExplainAsync(_admin, "411328106", "A3", "/applications/newlyReceived/total", "公开文本如此。");
        await ExplainAsync(_admin, "411328106", "A1", "/applications/carriedForward/total", "公开文本如此。");

        var answer = await JsonAsync(Routes.Quality(area: "411328", year: 2020));
        var townships = answer["townships"]!.AsArray();
        Assert.Equal(["411328103", .. Missing, "411328102", "411328106", "411328101"], townships.Select(t => (string)t!["townshipCode"]!).ToArray());
        Assert.Equal("violation 2 0 1", $"violation {(long)answer["totals"]![0]!["items"]!} {(long)answer["totals"]![0]!["unexplained"]!} {(int)answer["totals"]![0]!["townships"]!}");
        Assert.Equal(["公开文本如此。", "公开文本如此。"], townships[^2]!["items"]!.AsArray().Select(i => (string)i!["explanation"]!).ToArray());

        var revised = QualityFixture.Flagged(QualityFixture.Report("411328106", 2020, newly: 11, licensing: 5));
        await SubmitAsync(revised);
        var after = await JsonAsync(Routes.Quality(area: "411328", year: 2020));
        Assert.Equal("411328106", (string)after["townships"]![0]!["townshipCode"]!);
        Assert.Equal(2, (int)after["townships"]![0]!["revision"]!);
        Assert.All(after["townships"]![0]!["items"]!.AsArray(), i => Assert.Null(i!["explanation"]));
    }

    [Fact]
    public async Task Resubmitting_a_returned_report_takes_its_returned_item_away()
    {
        await SubmitAsync(QualityFixture.Report("411328103", 2020, newly: 12, licensing: 5));

        var answer = await JsonAsync(Routes.Quality(area: "411328", year: 2020));
        Assert.DoesNotContain("411328103", answer["townships"]!.AsArray().Select(t => (string)t!["townshipCode"]!));
        Assert.Equal(3, (int)answer["clean"]!);
        Assert.Equal(0, (long)answer["totals"]![1]!["items"]!);
    }

    [Fact]
    public async Task CSV_carries_the_state_the_explanation_and_the_returned_reason_and_time()
    {
        var response = await _public.GetAsync(Routes.Quality(area: "411328", year: 2020, format: "csv"));
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");

        Assert.Equal("year,townshipCode,townshipName,revision,format,state,kind,code,pointer,message,explanation,reason,at", lines[0]);
        // JSON trims a time's trailing zeros; CSV writes all seven digits of the fraction.
        var at = DateTime.Parse(_returnedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToString("O", CultureInfo.InvariantCulture);
        Assert.Equal($"2020,411328103,{lines[3].Split(',')[2]},1,2019,returned,returned,returned,,Returned by the county on {_returnedAt[..10]}: {CountyReview.Reason},,{CountyReview.Reason},{at}", lines[3]);
        Assert.Equal($"2020,411328005,{lines[8].Split(',')[2]},,,,missing,missing,,No report of {lines[8].Split(',')[2]} for 2020.,,,", lines[8]);
        Assert.Equal($"2020,411328102,{lines[^3].Split(',')[2]},1,2019,submitted,warning,township-regulations,{Regulations},\"{_regulationsWarning}\",,,", lines[^3]);
        Assert.Equal($"2020,411328101,{lines[^2].Split(',')[2]},1,2019,submitted,warning,township-regulations,{Regulations},\"{_regulationsWarning}\",{Explained},,", lines[^2]);
        Assert.Equal("", lines[^1]);
        Assert.Equal(1 + 2 + 1 + 18 + 1 + 1 + 1, lines.Length);
    }
}
