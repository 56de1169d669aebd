using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Security;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Features.Reports.Replace;

public sealed class Endpoint(ReportSubmission submission, DivisionRegistry registry) : Endpoint<ReportAddress>
{
    public override void Configure()
    {
        Put("/townships/{code}/reports/{year}");
        RequestBinder(new ReportAddressBinder());
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Description(b => b
            .WithName("putReport")
            .WithTags("Reports")
            .AcceptsReportAndProducesStoredRevision());
        Summary(s =>
        {
            s.Summary = "Submit a report addressed by township and year";
            s.Description = "The same as POST /api/v1/reports, addressed by the report's natural key: the body's townshipCode " +
                            "and year must match the path. Send If-Match with the ETag you last read to make a correction " +
                            "conditional on nobody having changed the report since.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Responses[201] = "The first revision of this township's report for this year.";
            s.Responses[200] = "A new revision, or the current one unchanged when the content is identical.";
            SubmissionResponses.DescribeProblems(s);
        });
    }

    public override async Task HandleAsync(ReportAddress address, CancellationToken ct)
    {
        if (await ProblemAnswers.JsonBodyAsync(HttpContext, ct) is not { } body)
            return;
        var result = await submission.SubmitAsync(body, Caller.From(User), new NaturalKey(address.Code, address.Year), IfMatch.ExpectedBy(HttpContext.Request), ct);
        await SubmissionResponses.SendAsync(HttpContext, result, registry, ct);
    }
}
