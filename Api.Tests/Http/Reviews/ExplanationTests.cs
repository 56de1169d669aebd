using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using static Disclosure.Api.Tests.Http.Reviews.ReviewClient;

namespace Disclosure.Api.Tests.Http.Reviews;

/// <summary>Townships explain their reports' findings; the county accepts an unexplained one only with an override.</summary>
public sealed class ExplanationTests : IDisposable
{
    private const string Warning = "township-regulations";
    private readonly ReviewClient _api = new();

    public void Dispose() => _api.Dispose();

    private static (string Kind, string Code, string Pointer) Finding(JsonNode f) => ((string)f["kind"]!, (string)f["code"]!, (string)f["pointer"]!);

    [Fact]
    public async Task The_answer_to_a_new_report_and_to_one_filed_anew_holds_the_review_and_tag_that_reading_it_holds()
    {
        var (township, _) = await _api.TownshipAsync();
        var created = await SubmitAsync(township, Sample(regulations: 1));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await AssertAnsweredAsReadAsync(created);

        Assert.Equal(HttpStatusCode.OK, (await _api.Admin.DeleteAsync(Routes.Withdrawal(Shangtun, 2020, reason: "x", revision: 1))).StatusCode);
        var anew = await SubmitAsync(township, Sample(regulations: 1));
        Assert.Equal(HttpStatusCode.Created, anew.StatusCode);
        Assert.Equal(2, (int)(await ReviewClient.BodyAsync(anew))["revision"]!);
        await AssertAnsweredAsReadAsync(anew);

        async Task AssertAnsweredAsReadAsync(HttpResponseMessage answer)
        {
            var read = await _api.Anonymous.GetAsync(ReportUrl);
            Assert.Equal(read.Headers.ETag, answer.Headers.ETag);
            var (answered, stored) = ((await ReviewClient.BodyAsync(answer))["review"]!, (await ReviewClient.BodyAsync(read))["review"]!);
            Assert.True(JsonNode.DeepEquals(stored, answered), $"answered {answered.ToJsonString()}\nread {stored.ToJsonString()}");
            Assert.Equal([("warning", Warning, RegulationsPointer)], answered["unexplained"]!.AsArray().Select(f => Finding(f!)));
        }
    }

    [Fact]
    public async Task A_warning_is_unexplained_until_the_township_explains_it_and_a_later_explanation_supersedes_the_earlier()
    {
        var (township, keyId) = await _api.TownshipAsync();
        var created = await ReviewClient.BodyAsync(await SubmitAsync(township, Sample(regulations: 1)));
        Assert.Equal([("warning", Warning, RegulationsPointer)], created["review"]!["unexplained"]!.AsArray().Select(f => Finding(f!)));
        Assert.Equal("A township cannot make 规章, but newlyMade is 1; were other documents filed as 规章?", (string?)created["review"]!["unexplained"]![0]!["message"]);

        var unknown = await ProblemAsync(await ExplainAsync(township, "X2", RegulationsPointer, "?"), 422, "/problems/unknown-finding");
        Assert.Equal([("/code", "unknown-finding"), (RegulationsPointer, Warning)], Errors(unknown));
        Assert.Equal($"Revision 1 of the township 411328110's report for 2020 has no finding X2 at '{RegulationsPointer}': its findings are listed by their code and pointer.",
            (string?)unknown["detail"]);
        await ProblemAsync(await ExplainAsync(township, Warning, "/proactiveDisclosure/regulations/newlyPublished", "?"), 422, "/problems/unknown-finding");
        var (other, _) = await _api.TownshipAsync("411328111");
        await ProblemAsync(await ExplainAsync(other, Warning, RegulationsPointer, "?"), 403, "/problems/forbidden");
        await ProblemAsync(await ExplainAsync(_api.Anonymous, Warning, RegulationsPointer, "?"), 401, "/problems/unauthorized");
        Assert.Equal([("/text", "missing-member")],
            Errors(await ProblemAsync(await township.PostAsync(ExplanationsUrl, ServiceFactory.Json($$"""{"code":"{{Warning}}","pointer":"/x"}""")), 400, "/problems/malformed-request")));
        Assert.Empty((await _api.GetAsync(ExplanationsUrl))["explanations"]!.AsArray());

        var first = await ExplainAsync(township, Warning, RegulationsPointer, "把规范性文件误填为规章");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(ExplanationsUrl, first.Headers.Location!.OriginalString);
        var kept = await ReviewClient.BodyAsync(first);
        Assert.Equal((1, Warning, RegulationsPointer, "把规范性文件误填为规章", keyId, false), ((int)kept["revision"]!, (string)kept["code"]!,
            (string)kept["pointer"]!, (string)kept["text"]!, (string)kept["by"]!, (bool)kept["superseded"]!));
        var second = await ReviewClient.BodyAsync(await ExplainAsync(_api.Admin, Warning, RegulationsPointer, "县里核实：确为规范性文件"));

        var listed = await _api.GetAsync(ExplanationsUrl);
        Assert.Equal(1, (int)listed["revision"]!);
        Assert.Equal([("把规范性文件误填为规章", keyId, true), ("县里核实：确为规范性文件", "admin", false)],
            listed["explanations"]!.AsArray().Select(e => ((string)e!["text"]!, (string)e["by"]!, (bool)e["superseded"]!)));
        var review = (await _api.GetAsync(ReportUrl))["review"]!;
        Assert.Empty(review["unexplained"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(new JsonArray(second.DeepClone()), review["explanations"]));

        var accepted = await ReviewClient.BodyAsync(await DecideAsync(_api.Admin, "accepted", 1));
        Assert.Equal(("accepted", false), ((string)accepted["state"]!, (bool)accepted["overrode"]!));
    }

    [Fact]
    public async Task Acceptance_of_unexplained_findings_needs_an_override_with_a_reason_and_the_override_is_recorded()
    {
        var report = Sample(regulations: 1);
        // An identity broken and acknowledged is a finding too: a printed total of 20 over rows that sum to 26.
        var applications = report["applications"]!;
        foreach (var (row, value) in new[] { ("newlyReceived", 26), ("carriedForward", 6) })
            (applications[row]!["naturalPerson"], applications[row]!["total"]) = (value, value);
        foreach (var (row, value) in new[] { ("disclosed", 20), ("partiallyDisclosed", 6), ("total", 20) })
            (applications["results"]![row]!["naturalPerson"], applications["results"]![row]!["total"]) = (value, value);
        report["acknowledgedRules"] = new JsonArray("A2", "A1");
        var created = await ReviewClient.BodyAsync(await SubmitAsync(_api.Admin, report));
        var unexplained = created["review"]!["unexplained"]!.AsArray().Select(f => Finding(f!)).ToList();
        Assert.Contains(("warning", Warning, RegulationsPointer), unexplained);
        Assert.Contains(("violation", "A2", "/applications/results/total/naturalPerson"), unexplained);

        var refused = await ProblemAsync(await DecideAsync(_api.Admin, "accepted", 1), 409, "/problems/unexplained-findings");
        Assert.Equal(unexplained.Select(f => ((string?)f.Pointer, f.Code)), Errors(refused));
        Assert.StartsWith($"Revision 1 of township 411328110's report for 2020 has {unexplained.Count} finding(s) no explanation covers", (string?)refused["detail"]);
        Assert.Equal([("/reason", "reason-required")],
            Errors(await ProblemAsync(await DecideAsync(_api.Admin, "accepted", 1, overrides: true), 400, "/problems/malformed-request")));
        Assert.Equal("submitted", (string?)(await _api.GetAsync(ReviewsUrl))["state"]);

        var accepted = await ReviewClient.BodyAsync(await DecideAsync(_api.Admin, "accepted", 1, "乡镇已电话说明", overrides: true));

        Assert.Equal(("accepted", true, "乡镇已电话说明"), ((string)accepted["state"]!, (bool)accepted["overrode"]!, (string)accepted["reason"]!));
        Assert.Equal(unexplained, accepted["unexplained"]!.AsArray().Select(f => Finding(f!)));
        var entry = Assert.Single((await _api.GetAsync(ReviewsUrl))["history"]!.AsArray())!;
        Assert.Equal(("accepted", true, "乡镇已电话说明"), ((string)entry["action"]!, (bool)entry["overrode"]!, (string)entry["reason"]!));
    }

    [Fact]
    public async Task An_explanation_explains_its_own_revision_only()
    {
        var (township, _) = await _api.TownshipAsync();
        await SubmitAsync(township, Sample(regulations: 1));
        await ExplainAsync(township, Warning, RegulationsPointer, "误填");
        await DecideAsync(_api.Admin, "returned", 1, "请改正规章数");

        var revised = await ReviewClient.BodyAsync(await SubmitAsync(township, Sample(regulations: 2)));

        Assert.Equal([("warning", Warning, RegulationsPointer)], revised["review"]!["unexplained"]!.AsArray().Select(f => Finding(f!)));
        Assert.Empty(revised["review"]!["explanations"]!.AsArray());
        Assert.Equal([1], (await _api.GetAsync(ExplanationsUrl))["explanations"]!.AsArray().Select(e => (int)e!["revision"]!));
        Assert.Equal([(RegulationsPointer, Warning)],
            Errors(await ProblemAsync(await DecideAsync(_api.Admin, "accepted", 2), 409, "/problems/unexplained-findings")));
        var fixedUp = await ReviewClient.BodyAsync(await SubmitAsync(township, Sample()));
        Assert.Empty(fixedUp["review"]!["unexplained"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(_api.Admin, "accepted", 3)).StatusCode);
    }
}
