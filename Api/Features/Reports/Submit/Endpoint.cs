using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Security;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Features.Reports.Submit;

public sealed class Endpoint(ReportSubmission submission, DivisionRegistry registry) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Post("/reports");
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Description(b => b
            .WithName("submitReport")
            .WithTags("Reports")
            .AcceptsReportAndProducesStoredRevision());
        Summary(s =>
        {
            s.Summary = "Submit a township's annual report";
            s.Description = "Checks the report completely and stores it as the next revision of its township and year. " +
                            "Every problem is reported at once. Identity violations (A1, A2, A3, R1) are refused unless every " +
                            "violated rule is listed in acknowledgedRules; the report is then stored flagged.";
            s.Responses[201] = "The first revision of this township's report for this year. Location and ETag name it.";
            s.Responses[200] = "A new revision of an existing report, or, when the content is identical to the current revision, that revision unchanged.";
            SubmissionResponses.DescribeProblems(s);
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (await ProblemAnswers.JsonBodyAsync(HttpContext, ct) is not { } body)
            return;
        var result = await submission.SubmitAsync(body, Caller.From(User), addressedAs: null, IfMatch.ExpectedBy(HttpContext.Request), ct);
        await SubmissionResponses.SendAsync(HttpContext, result, registry, ct);
    }
}
