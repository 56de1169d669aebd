using Disclosure.Api.Features.Reports;
using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Security;
using FastEndpoints;

namespace Disclosure.Api.Features.Reviews.Decide;

public sealed class Endpoint(Reviewing reviewing) : Endpoint<ReportAddress>
{
    public override void Configure()
    {
        Post("/townships/{code}/reports/{year}/reviews");
        RequestBinder(new ReportAddressBinder());
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Roles(Caller.AdminRole);
        Description(b => b
            .WithName("decideReview")
            .WithTags("Reviews")
            .ClearDefaultAccepts()
            .Accepts<DecisionBody>("application/json")
            .ClearDefaultProduces()
            .Produces<ReviewResponse>(StatusCodes.Status200OK)
            .ProducesProblems(400, 401, 403, 404, 409, 413, 415));
        Summary(s =>
        {
            s.Summary = "Accept, return or unlock a township's report (admin)";
            s.Description = "The county's decision on the revision it read, which must still be the report's current one. accepted signs " +
                            "the report off and locks it: new revisions are refused (409 /problems/report-locked) until the county unlocks it. " +
                            "A revision whose findings (warnings, acknowledged violations, outliers) are not all explained is accepted only with " +
                            "override: true and a reason, and the override is recorded. returned sends the report back with the county's reason; " +
                            "the township's next revision submits it again. unlocked reopens an accepted report, with a reason. Every decision is " +
                            "kept in the report's review history. A withdrawal is DELETE of the report.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Responses[200] = "The report's review after the decision: its state, the change just recorded, and the findings explained and not.";
            s.Responses[400] = "/problems/malformed-request: the body is not a decision (each problem with its pointer and code; a missing reason at /reason), or /problems/invalid-parameter for the path.";
            s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
            s.Responses[403] = "Only the admin key reviews reports.";
            s.Responses[404] = "No report of this township for this year.";
            s.Responses[409] = "/problems/stale-revision: the revision is not the current one (the problem names the current one); /problems/review-state-conflict: " +
                               "the report's state does not allow the decision (the problem names the state); /problems/unexplained-findings: " +
                               "acceptance without override of a revision with unexplained findings (each listed).";
            s.Responses[413] = "The body is larger than the limit (Limits:MaxBodyBytes).";
            s.Responses[415] = "The body is not sent as application/json in UTF-8.";
        });
    }

    public override async Task HandleAsync(ReportAddress address, CancellationToken ct)
    {
        if (await ProblemAnswers.ReadBodyAsync(HttpContext, DecisionBody.Read, ct) is not { } decision)
            return;
        var result = await reviewing.DecideAsync(address.Code, address.Year, decision, Caller.From(User), ct);
        await DecisionResponses.SendAsync(HttpContext, result, address.Code, address.Year, revisionParameter: false, ct);
    }
}
