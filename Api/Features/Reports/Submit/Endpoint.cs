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
            .ClearDefaultProduces()
            .Accepts<ReportBody>("application/json")
            .Produces<StoredReportResponse>(StatusCodes.Status201Created)
            .Produces<StoredReportResponse>(StatusCodes.Status200OK)
            .ProducesHeader(201, "ETag", "Names the stored revision; send it as If-Match to correct it safely.")
            .ProducesHeader(201, "Location", "Where the report is read: /api/v1/townships/{code}/reports/{year}.")
            .ProducesHeader(200, "ETag", "Names the current revision.")
            .ProducesHeader(200, "Location", "Where the report is read.")
            .ProducesProblems(400, 401, 403, 412, 413, 415, 422, 429));
        Summary(s =>
        {
            s.Summary = "Submit a township's annual report";
            s.Description = "Checks the report completely and stores it as the next revision of its township and year. " +
                            "Every problem is reported at once. Identity violations (A1, A2, A3, R1) are refused unless every " +
                            "violated rule is listed in acknowledgedRules; the report is then stored flagged.";
            s.Responses[201] = "The first revision of this township's report for this year. Location and ETag name it.";
            s.Responses[200] = "A new revision of an existing report, or, when the content is identical to the current revision, that revision unchanged.";
            s.Responses[400] = "The body is not a report in the contract: every problem, each with a JSON Pointer and a code.";
            s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
            s.Responses[403] = "The key may not submit this township's reports.";
            s.Responses[412] = "If-Match does not name the current revision.";
            s.Responses[413] = "The body is larger than the limit.";
            s.Responses[415] = "The body is not sent as application/json.";
            s.Responses[422] = "Unknown township, impossible year, or identities broken and not acknowledged.";
            s.Responses[429] = "This township key has used its requests for the minute (Security:PermitsPerMinute); Retry-After says when to try again.";
        });
    }

    public override Task HandleAsync(CancellationToken ct) => submission.SubmitAsync(HttpContext, null, ct);
}
