using Disclosure.Api.OpenApi;
using Disclosure.Api.Security;
using FastEndpoints;

namespace Disclosure.Api.Features.Reports.Submit;

public sealed class Endpoint(ReportSubmission submission) : EndpointWithoutRequest
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
            ReportSubmission.DescribeProblems(s);
        });
    }

    public override Task HandleAsync(CancellationToken ct) => submission.SubmitAsync(HttpContext, null, ct);
}
