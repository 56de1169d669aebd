using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Problems;
using Disclosure.Api.Security;
using FastEndpoints;

namespace Disclosure.Api.Features.Reports.Validate;

public sealed class Endpoint(ReportSubmission submission) : EndpointWithoutRequest<ValidationResponse>
{
    public override void Configure()
    {
        Post("/reports/validate");
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Description(b => b
            .WithName("validateReport")
            .WithTags("Reports")
            .ClearDefaultProduces()
            .Accepts<ReportBody>("application/json")
            .Produces<ValidationResponse>(StatusCodes.Status200OK)
            .ProducesProblems(401, 413, 415, 429));
        Summary(s =>
        {
            s.Summary = "Check a report without storing it";
            s.Description = "A dry run of POST /api/v1/reports: the same checks, including the year-to-year warnings " +
                            "against the stored previous year, and nothing is stored. Malformed input is reported here " +
                            "as errors, not as a 400, so a client can show everything at once.";
            s.Responses[200] = "valid is true when POST would accept the report as it stands.";
            s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
            s.Responses[413] = "The body is larger than the limit.";
            s.Responses[415] = "The body is not sent as application/json in UTF-8 (no charset, or charset=utf-8), without Content-Encoding.";
            s.Responses[429] = "This township key has used its requests for the minute; Retry-After says when to try again.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (await ProblemAnswers.JsonBodyAsync(HttpContext, ct) is not { } body)
            return;
        var check = await submission.CheckAsync(body, ct);
        await Send.OkAsync(new ValidationResponse
        {
            Valid = check.ErrorCount == 0,
            Errors = check.Errors.Take(ProblemResponses.MaxListed).Select(ProblemResponses.FromDomain).ToList(),
            ErrorCount = check.ErrorCount > ProblemResponses.MaxListed ? check.ErrorCount : null,
            Warnings = check.Warnings,
        }, ct);
    }
}
