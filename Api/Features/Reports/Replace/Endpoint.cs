using Disclosure.Api.OpenApi;
using Disclosure.Api.Security;
using FastEndpoints;

namespace Disclosure.Api.Features.Reports.Replace;

public sealed class Endpoint(ReportSubmission submission) : Endpoint<ReportAddress>
{
    public override void Configure()
    {
        Put("/townships/{code}/reports/{year}");
        RequestBinder(new ReportAddressBinder());
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Description(b => b
            .WithName("putReport")
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
            s.Summary = "Submit a report addressed by township and year";
            s.Description = "The same as POST /api/v1/reports, addressed by the report's natural key: the body's townshipCode " +
                            "and year must match the path. Send If-Match with the ETag you last read to make a correction " +
                            "conditional on nobody having changed the report since.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Responses[201] = "The first revision of this township's report for this year.";
            s.Responses[200] = "A new revision, or the current one unchanged when the content is identical.";
            s.Responses[400] = "The body is malformed, or its townshipCode or year differ from the path.";
            s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
            s.Responses[403] = "The key may not submit this township's reports.";
            s.Responses[412] = "If-Match does not name the current revision.";
            s.Responses[413] = "The body is larger than the limit.";
            s.Responses[415] = "The body is not sent as application/json.";
            s.Responses[422] = "Unknown township, impossible year, or identities broken and not acknowledged.";
            s.Responses[429] = "This township key has used its requests for the minute (Security:PermitsPerMinute); Retry-After says when to try again.";
        });
    }

    public override Task HandleAsync(ReportAddress address, CancellationToken ct) =>
        submission.SubmitAsync(HttpContext, new NaturalKey(address.Code, address.Year), ct);
}
