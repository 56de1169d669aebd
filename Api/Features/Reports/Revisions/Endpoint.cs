using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Persistence;
using FastEndpoints;

namespace Disclosure.Api.Features.Reports.Revisions;

public sealed class Endpoint(ReportStore store) : Endpoint<ReportAddress, RevisionsResponse>
{
    public override void Configure()
    {
        Get("/townships/{code}/reports/{year}/revisions");
        AllowAnonymous();
        Description(b => b
            .WithName("listRevisions")
            .WithTags("Reports")
            .ClearDefaultProduces()
            .Produces<RevisionsResponse>(StatusCodes.Status200OK)
            .ProducesProblems(400, 404));
        Summary(s =>
        {
            s.Summary = "List every revision of a township's report for a year";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Responses[200] = "Every revision, oldest first: number, time, the key that submitted it, flagged.";
            s.Responses[400] = "A parameter is not valid.";
            s.Responses[404] = "No report of this township for this year.";
        });
    }

    public override async Task HandleAsync(ReportAddress request, CancellationToken ct)
    {
        var revisions = await store.ListRevisionsAsync(request.Code, request.Year, ct);
        if (revisions.Count == 0)
        {
            await ProblemAnswers.NoReportAsync(HttpContext, request.Code, request.Year, ct);
            return;
        }

        await Send.OkAsync(new RevisionsResponse
        {
            TownshipCode = request.Code,
            Year = request.Year,
            Revisions = revisions.Select(r => new RevisionSummary
            {
                Revision = r.Revision,
                SubmittedAt = r.SubmittedAt.UtcDateTime,
                SubmittedBy = r.SubmittedBy,
                Flagged = r.Flagged,
            }).ToList(),
        }, ct);
    }
}
