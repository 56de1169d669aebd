using Disclosure.Api.Features.Reports;
using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Security;
using FastEndpoints;

namespace Disclosure.Api.Features.Explanations.Explain;

public sealed class Endpoint(Explaining explaining) : Endpoint<ReportAddress>
{
    public override void Configure()
    {
        Post("/townships/{code}/reports/{year}/explanations");
        RequestBinder(new ReportAddressBinder());
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Description(b => b
            .WithName("explainFinding")
            .WithTags("Reviews")
            .ClearDefaultAccepts()
            .Accepts<ExplanationBody>("application/json")
            .ClearDefaultProduces()
            .Produces<ExplanationResponse>(StatusCodes.Status201Created)
            .ProducesHeader(201, "Location", "Where the report's explanations are listed: /api/v1/townships/{code}/reports/{year}/explanations.")
            .ProducesProblems(400, 401, 403, 404, 409, 413, 415, 422));
        Summary(s =>
        {
            s.Summary = "Explain a finding of a township's report";
            s.Description = "The township (its own key, or the admin) explains a warning, an acknowledged violation or an outlier of its " +
                            "report's current revision, named by the finding's code and pointer as the report lists them (review.unexplained). " +
                            "Every explanation is kept: a later one of the same finding supersedes the earlier, which stays listed. An " +
                            "explanation explains the revision it was given on: a new revision's findings are unexplained until explained again. " +
                            "The county accepts a report whose findings are not all explained only with an override.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Responses[201] = "The explanation as kept, of the current revision.";
            s.Responses[400] = "/problems/malformed-request: the body is not an explanation (each problem with its pointer and code).";
            s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
            s.Responses[403] = "The key is another township's.";
            s.Responses[404] = "No report of this township for this year.";
            s.Responses[409] = "/problems/review-state-conflict: the report is withdrawn; /problems/stale-revision: new revisions kept arriving, try again.";
            s.Responses[413] = "The body is larger than the limit (Limits:MaxBodyBytes).";
            s.Responses[415] = "The body is not sent as application/json in UTF-8.";
            s.Responses[422] = "/problems/unknown-finding: the code and pointer name no finding of the current revision (its findings are listed).";
        });
    }

    public override async Task HandleAsync(ReportAddress address, CancellationToken ct)
    {
        if (await ProblemAnswers.ReadBodyAsync(HttpContext, ExplanationBody.Read, ct) is not { } explanation)
            return;
        var result = await explaining.ExplainAsync(address.Code, address.Year, explanation, Caller.From(User), ct);
        await ExplanationResponses.SendAsync(HttpContext, result, address.Code, address.Year, ct);
    }
}
