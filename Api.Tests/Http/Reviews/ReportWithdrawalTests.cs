using System.Net;
using static Disclosure.Api.Tests.Http.Reviews.ReviewClient;

namespace Disclosure.Api.Tests.Http.Reviews;

/// <summary>A report filed in error: withdrawn with a reason, still readable, filed anew by the next submission.</summary>
public sealed class ReportWithdrawalTests : IDisposable
{
    private readonly ReviewClient _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_withdrawal_needs_a_reason_in_the_query()
    {
        await SubmitAsync(_api.Admin, Sample());

        Assert.Equal([("reason", "reason-required")], Errors(await ProblemAsync(await _api.Admin.DeleteAsync(ReportUrl), 400, "/problems/invalid-parameter")));
        Assert.Equal([("reason", "reason-required")], Errors(await ProblemAsync(await _api.Admin.DeleteAsync($"{ReportUrl}?reason=%20"), 400, "/problems/invalid-parameter")));
        Assert.Equal([("revision", "invalid-revision")], Errors(await ProblemAsync(await _api.Admin.DeleteAsync($"{ReportUrl}?reason=x&revision=0"), 400, "/problems/invalid-parameter")));
        Assert.Equal("submitted", (string?)(await _api.GetAsync(ReviewsUrl))["state"]);
    }

    [Fact]
    public async Task A_withdrawn_report_leaves_the_county_totals_at_once()
    {
        var rollup = Routes.Rollup("applications", area: "411328", year: 2020);
        await SubmitAsync(_api.Admin, Sample());
        var before = await _api.Anonymous.GetAsync(rollup);
        Assert.Equal(1, (int)(await ReviewClient.BodyAsync(before))["groups"]![0]!["reports"]!);

        Assert.Equal(HttpStatusCode.OK, (await _api.Admin.DeleteAsync(Routes.Withdrawal(Shangtun, 2020, reason: "x"))).StatusCode);

        var after = await _api.Anonymous.GetAsync(rollup);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(0, (int)(await ReviewClient.BodyAsync(after))["groups"]![0]!["reports"]!);
    }

    [Fact]
    public async Task A_withdrawn_report_stays_readable_refuses_every_decision_and_is_filed_anew_as_the_next_revision()
    {
        var (township, keyId) = await _api.TownshipAsync();
        await SubmitAsync(township, Sample());
        await SubmitAsync(township, Sample(policyInterpretations: 27));

        var stale = await ProblemAsync(await _api.Admin.DeleteAsync(Routes.Withdrawal(Shangtun, 2020, reason: "x", revision: 1)), 409, "/problems/stale-revision");
        Assert.Equal([("revision", "stale-revision")], Errors(stale));
        var withdrawn = await _api.Admin.DeleteAsync(Routes.Withdrawal(Shangtun, 2020, reason: "填报乡镇有误", revision: 2));

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var review = await ReviewClient.BodyAsync(withdrawn);
        Assert.Equal(("withdrawn", 2, "withdrawn", "填报乡镇有误", "admin"), ((string)review["state"]!, (int)review["revision"]!, (string)review["action"]!,
            (string)review["reason"]!, (string)review["by"]!));
        var read = await _api.GetAsync(ReportUrl);
        Assert.Equal((2, "withdrawn", 27), ((int)read["revision"]!, (string)read["review"]!["state"]!, (int)read["report"]!["publications"]!["policyInterpretations"]!));
        Assert.Equal(1, (int)(await _api.GetAsync(Routes.Report(Shangtun, 2020, revision: 1)))["revision"]!);
        Assert.Equal([1, 2], (await _api.GetAsync(Routes.Revisions(Shangtun, 2020)))["revisions"]!.AsArray().Select(r => (int)r!["revision"]!));

        Assert.Contains("is withdrawn: it cannot be accepted.",
            (string)(await ProblemAsync(await DecideAsync(_api.Admin, "accepted", 2), 409, "/problems/review-state-conflict"))["detail"]!);
        await ProblemAsync(await DecideAsync(_api.Admin, "returned", 2, "?"), 409, "/problems/review-state-conflict");
        await ProblemAsync(await _api.Admin.DeleteAsync(Routes.Withdrawal(Shangtun, 2020, reason: "again")), 409, "/problems/review-state-conflict");
        await ProblemAsync(await ExplainAsync(township, "X1", "/x", "?"), 409, "/problems/review-state-conflict");

        var refiled = await SubmitAsync(township, Sample(policyInterpretations: 27));

        Assert.Equal(HttpStatusCode.Created, refiled.StatusCode);
        var body = await ReviewClient.BodyAsync(refiled);
        Assert.Equal((3, "submitted", "resubmitted"), ((int)body["revision"]!, (string)body["review"]!["state"]!, (string)body["review"]!["action"]!));
        var history = await _api.GetAsync(ReviewsUrl);
        Assert.Equal(("submitted", 3), ((string)history["state"]!, (int)history["revision"]!));
        Assert.Equal([(2, "withdrawn", "withdrawn", "填报乡镇有误", "admin"), (3, "resubmitted", "submitted", null, keyId)],
            history["history"]!.AsArray().Select(e => ((int)e!["revision"]!, (string)e["action"]!, (string)e["state"]!, (string?)e["reason"], (string)e["by"]!)));
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(_api.Admin, "accepted", 3)).StatusCode);
    }
}
