using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using static Disclosure.Api.Tests.Http.Reviews.ReviewClient;

namespace Disclosure.Api.Tests.Http.Reviews;

/// <summary>The county's decisions over HTTP: every transition, the forbidden ones, and what the report then answers.</summary>
public sealed class ReviewTests : IDisposable
{
    private readonly ReviewClient _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_report_never_reviewed_is_submitted_with_no_change_recorded()
    {
        var created = await ReviewClient.BodyAsync(await SubmitAsync(_api.Admin, Sample()));

        var expected = JsonNode.Parse("""
            { "state": "submitted", "revision": null, "action": null, "reason": null, "overrode": false, "at": null, "by": null,
              "explanations": [], "unexplained": [] }
            """);
        Assert.True(JsonNode.DeepEquals(expected, created["review"]), created["review"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(expected, (await _api.GetAsync(ReportUrl))["review"]));
        var history = await _api.GetAsync(ReviewsUrl);
        Assert.Equal(("411328110", 2020, "submitted", 1, 0), ((string)history["townshipCode"]!, (int)history["year"]!, (string)history["state"]!,
            (int)history["revision"]!, history["history"]!.AsArray().Count));
    }

    [Fact]
    public async Task Acceptance_locks_the_report_against_every_new_revision_until_the_county_unlocks_it()
    {
        var (township, keyId) = await _api.TownshipAsync();
        Assert.Equal(HttpStatusCode.Created, (await SubmitAsync(township, Sample())).StatusCode);

        var accepted = await DecideAsync(_api.Admin, "accepted", 1);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var review = await ReviewClient.BodyAsync(accepted);
        Assert.Equal(("accepted", 1, "accepted", "admin", false), ((string)review["state"]!, (int)review["revision"]!, (string)review["action"]!,
            (string)review["by"]!, (bool)review["overrode"]!));
        Assert.Null(review["reason"]);
        var at = (string)review["at"]!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$", at);
        Assert.True(JsonNode.DeepEquals(review, (await _api.GetAsync(ReportUrl))["review"]));

        var locked = await ProblemAsync(await SubmitAsync(township, Sample(policyInterpretations: 27)), 409, "/problems/report-locked");
        Assert.Equal($"Township 411328110's report for 2020 is locked since {at}, when the county accepted revision 1; nothing was stored. " +
                     "The county must unlock it (POST /api/v1/townships/411328110/reports/2020/reviews with decision unlocked) before a new revision can be stored.",
            (string?)locked["detail"]);
        await ProblemAsync(await _api.Admin.PutAsync(ReportUrl, ServiceFactory.Json(Sample(policyInterpretations: 27).ToJsonString())), 409, "/problems/report-locked");
        var same = await SubmitAsync(township, Sample());
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal((1, "accepted"), ((int)(await ReviewClient.BodyAsync(same))["revision"]!, (string)(await ReviewClient.BodyAsync(same))["review"]!["state"]!));

        var unlocked = await ReviewClient.BodyAsync(await DecideAsync(_api.Admin, "unlocked", 1, "上年结转数字有误"));
        Assert.Equal(("submitted", "unlocked", "上年结转数字有误"), ((string)unlocked["state"]!, (string)unlocked["action"]!, (string)unlocked["reason"]!));
        var revised = await SubmitAsync(township, Sample(policyInterpretations: 27));
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(2, (int)(await ReviewClient.BodyAsync(revised))["revision"]!);

        var history = (await _api.GetAsync(ReviewsUrl))["history"]!.AsArray();
        Assert.Equal([(1, "accepted", "accepted", null, "admin"), (1, "unlocked", "submitted", "上年结转数字有误", "admin")],
            history.Select(e => ((int)e!["revision"]!, (string)e["action"]!, (string)e["state"]!, (string?)e["reason"], (string)e["by"]!)));
        Assert.DoesNotContain(keyId, history.Select(e => (string)e!["by"]!));
    }

    [Fact]
    public async Task A_township_key_may_not_review_nor_withdraw_and_no_key_may_not_either()
    {
        var (township, _) = await _api.TownshipAsync();
        await SubmitAsync(township, Sample());

        await ProblemAsync(await DecideAsync(township, "accepted", 1), 403, "/problems/forbidden");
        await ProblemAsync(await township.DeleteAsync(Routes.Withdrawal(Shangtun, 2020, reason: "x")), 403, "/problems/forbidden");
        await ProblemAsync(await DecideAsync(_api.Anonymous, "accepted", 1), 401, "/problems/unauthorized");
        await ProblemAsync(await _api.Anonymous.DeleteAsync(Routes.Withdrawal(Shangtun, 2020, reason: "x")), 401, "/problems/unauthorized");

        Assert.Equal("submitted", (string?)(await _api.GetAsync(ReportUrl))["review"]!["state"]);
        Assert.Empty((await _api.GetAsync(ReviewsUrl))["history"]!.AsArray());
    }

    [Fact]
    public async Task A_returned_report_says_why_and_the_townships_next_revision_submits_it_again()
    {
        var (township, keyId) = await _api.TownshipAsync();
        await SubmitAsync(township, Sample());

        var noReason = await ProblemAsync(await DecideAsync(_api.Admin, "returned", 1), 400, "/problems/malformed-request");
        Assert.Equal([("/reason", "reason-required")], Errors(noReason));
        var blank = await ProblemAsync(await DecideAsync(_api.Admin, "returned", 1, "  "), 400, "/problems/malformed-request");
        Assert.Equal([("/reason", "reason-required")], Errors(blank));

        var returned = await ReviewClient.BodyAsync(await DecideAsync(_api.Admin, "returned", 1, "政策解读数量与上年不符"));
        Assert.Equal(("returned", "returned", "政策解读数量与上年不符"), ((string)returned["state"]!, (string)returned["action"]!, (string)returned["reason"]!));
        await ProblemAsync(await DecideAsync(_api.Admin, "returned", 1, "again"), 409, "/problems/review-state-conflict");

        var resubmitted = await ReviewClient.BodyAsync(await SubmitAsync(township, Sample(policyInterpretations: 27)));

        Assert.Equal((2, "submitted", "resubmitted", 2, keyId), ((int)resubmitted["revision"]!, (string)resubmitted["review"]!["state"]!,
            (string)resubmitted["review"]!["action"]!, (int)resubmitted["review"]!["revision"]!, (string)resubmitted["review"]!["by"]!));
        var history = await _api.GetAsync(ReviewsUrl);
        Assert.Equal(("submitted", 2), ((string)history["state"]!, (int)history["revision"]!));
        Assert.Equal([(1, "returned", "returned", "政策解读数量与上年不符", "admin"), (2, "resubmitted", "submitted", null, keyId)],
            history["history"]!.AsArray().Select(e => ((int)e!["revision"]!, (string)e["action"]!, (string)e["state"]!, (string?)e["reason"], (string)e["by"]!)));
    }

    [Fact]
    public async Task A_malformed_decision_gets_every_problem_at_once()
    {
        await SubmitAsync(_api.Admin, Sample());

        var problem = await ProblemAsync(await _api.Admin.PostAsync(ReviewsUrl, ServiceFactory.Json("""
            { "decision": "withdrawn", "revision": 0, "reason": 5, "override": "yes", "note": 1 }
            """)), 400, "/problems/malformed-request");

        Assert.Equal(
        [
            ("/note", "unknown-member"),
            ("/decision", "invalid-value"),
            ("/revision", "out-of-range"),
            ("/reason", "wrong-type"),
            ("/override", "wrong-type"),
        ], Errors(problem));
        Assert.Equal("5 problems were found.", (string?)problem["detail"]);
        Assert.Equal([("/decision", "invalid-json")], Errors(await ProblemAsync(await _api.Admin.PostAsync(ReviewsUrl, ServiceFactory.Json("{\"decision\":")), 400, "/problems/malformed-request")));
        Assert.Equal([("/decision", "missing-member"), ("/revision", "missing-member")],
            Errors(await ProblemAsync(await _api.Admin.PostAsync(ReviewsUrl, ServiceFactory.Json("{}")), 400, "/problems/malformed-request")));
        Assert.Equal([("/revision", "not-a-whole-number")],
            Errors(await ProblemAsync(await _api.Admin.PostAsync(ReviewsUrl, ServiceFactory.Json("""{"decision":"accepted","revision":1.5}""")), 400, "/problems/malformed-request")));
        Assert.Equal(415, (int)(await _api.Admin.PostAsync(ReviewsUrl, new StringContent("accepted"))).StatusCode);
        Assert.Empty((await _api.GetAsync(ReviewsUrl))["history"]!.AsArray());
    }

    [Fact]
    public async Task A_decision_on_a_revision_that_is_no_longer_current_is_409_naming_the_current_one()
    {
        await SubmitAsync(_api.Admin, Sample());
        await SubmitAsync(_api.Admin, Sample(policyInterpretations: 27));

        var stale = await ProblemAsync(await DecideAsync(_api.Admin, "accepted", 1), 409, "/problems/stale-revision");

        Assert.Equal("Revision 1 is not the current revision of township 411328110's report for 2020: revision 2 is. Read it, then decide on it.", (string?)stale["detail"]);
        var error = stale["errors"]![0]!;
        Assert.Equal(("/revision", "stale-revision", 2L, 1L), ((string)error["pointer"]!, (string)error["code"]!, (long)error["expected"]!, (long)error["actual"]!));
        Assert.Equal("submitted", (string?)(await _api.GetAsync(ReviewsUrl))["state"]);
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(_api.Admin, "accepted", 2)).StatusCode);
    }

    [Fact]
    public async Task Unlocking_a_report_that_is_not_accepted_is_409_naming_its_state()
    {
        await SubmitAsync(_api.Admin, Sample());

        var problem = await ProblemAsync(await DecideAsync(_api.Admin, "unlocked", 1, "?"), 409, "/problems/review-state-conflict");

        Assert.Equal("The township 411328110's report for 2020 is submitted: it cannot be unlocked. Only an accepted report is unlocked.", (string?)problem["detail"]);
        await DecideAsync(_api.Admin, "accepted", 1);
        Assert.Equal("The township 411328110's report for 2020 is accepted: it cannot be accepted. It is accepted already, and locked: the county unlocks it first.",
            (string?)(await ProblemAsync(await DecideAsync(_api.Admin, "accepted", 1), 409, "/problems/review-state-conflict"))["detail"]);
        Assert.Equal(["accepted"], (await _api.GetAsync(ReviewsUrl))["history"]!.AsArray().Select(e => (string)e!["action"]!));
    }

    [Fact]
    public async Task A_report_that_does_not_exist_has_no_review()
    {
        await ProblemAsync(await DecideAsync(_api.Admin, "accepted", 1), 404, "/problems/not-found");
        await ProblemAsync(await _api.Anonymous.GetAsync(ReviewsUrl), 404, "/problems/not-found");
        await ProblemAsync(await _api.Admin.DeleteAsync(Routes.Withdrawal(Shangtun, 2020, reason: "x")), 404, "/problems/not-found");
        await ProblemAsync(await _api.Anonymous.GetAsync(ExplanationsUrl), 404, "/problems/not-found");
        await ProblemAsync(await ExplainAsync(_api.Admin, "X1", "/x", "?"), 404, "/problems/not-found");
        await ProblemAsync(await _api.Anonymous.GetAsync("/api/v1/townships/41x/reports/2020/reviews"), 400, "/problems/invalid-parameter");
    }

    [Fact]
    public async Task The_answers_tag_changes_with_the_review_and_still_serves_as_If_Match()
    {
        var created = await SubmitAsync(_api.Admin, Sample());
        var first = await _api.Anonymous.GetAsync(ReportUrl);
        Assert.Equal(created.Headers.ETag, first.Headers.ETag);

        await DecideAsync(_api.Admin, "returned", 1, "请核对");

        var conditional = new HttpRequestMessage(HttpMethod.Get, ReportUrl);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var after = await _api.Anonymous.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var tag = after.Headers.ETag!.Tag;
        Assert.Equal($"{first.Headers.ETag!.Tag[..^1]}.1\"", tag);
        Assert.Equal("returned", (string?)(await ReviewClient.BodyAsync(after))["review"]!["state"]);

        var again = new HttpRequestMessage(HttpMethod.Get, ReportUrl);
        again.Headers.IfNoneMatch.Add(after.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _api.Anonymous.SendAsync(again)).StatusCode);

        var put = new HttpRequestMessage(HttpMethod.Put, ReportUrl) { Content = ServiceFactory.Json(Sample(policyInterpretations: 27).ToJsonString()) };
        put.Headers.TryAddWithoutValidation("If-Match", tag);
        var revised = await _api.Admin.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal((await _api.Anonymous.GetAsync(ReportUrl)).Headers.ETag, revised.Headers.ETag);
    }
}
