using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Security;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Reviews.Withdraw;

public sealed class Endpoint(Reviewing reviewing) : Endpoint<Request>
{
    public override void Configure()
    {
        Delete("/townships/{code}/reports/{year}");
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Roles(Caller.AdminRole);
        Description(b => b
            .WithName("withdrawReport")
            .WithTags("Reviews")
            .ClearDefaultProduces()
            .Produces<ReviewResponse>(StatusCodes.Status200OK)
            .ProducesProblems(400, 401, 403, 404, 409));
        Summary(s =>
        {
            s.Summary = "Withdraw a report filed in error (admin)";
            s.Description = "Takes back a report filed for the wrong township or year: from now on it counts nowhere (listings, rollups, " +
                            "tables, completeness), but nothing is deleted. Its revisions, review history and explanations stay readable, " +
                            "and GET of the report answers it with review.state withdrawn. The same township and year can be submitted " +
                            "again: the next submission files it anew (201) as the next revision. The reason is required, in the query.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Params["reason"] = "Why the report is withdrawn (required; kept in the review history).";
            s.Params["revision"] = "The revision the county read: when given, it must still be the current one.";
            s.Responses[200] = "The report's review after the withdrawal.";
            s.Responses[400] = "A parameter is not valid: reason missing or blank (reason-required), too long; revision below 1.";
            s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
            s.Responses[403] = "Only the admin key withdraws reports.";
            s.Responses[404] = "No report of this township for this year.";
            s.Responses[409] = "/problems/review-state-conflict: the report is withdrawn already; /problems/stale-revision: revision is not the current one.";
        });
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var result = await reviewing.WithdrawAsync(request.Code, request.Year, request.Reason!, request.Revision, Caller.From(User), ct);
        await DecisionResponses.SendAsync(HttpContext, result, request.Code, request.Year, revisionParameter: true, ct);
    }
}
