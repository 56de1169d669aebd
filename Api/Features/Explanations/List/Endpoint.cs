using Disclosure.Api.Features.Reports;
using Disclosure.Api.Features.Reviews;
using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Persistence.Explanations;
using Disclosure.Persistence.Reviews;
using FastEndpoints;

namespace Disclosure.Api.Features.Explanations.List;

public sealed class Endpoint(ReviewStore reviews, ExplanationStore explanations) : Endpoint<ReportAddress, ExplanationsResponse>
{
    public override void Configure()
    {
        Get("/townships/{code}/reports/{year}/explanations");
        AllowAnonymous();
        Description(b => b
            .WithName("listExplanations")
            .WithTags("Reviews")
            .ClearDefaultProduces()
            .Produces<ExplanationsResponse>(StatusCodes.Status200OK)
            .ProducesProblems(400, 404));
        Summary(s =>
        {
            s.Summary = "List every explanation of a township's report for a year";
            s.Description = "Every explanation ever given, of every revision, oldest first, superseded ones included and marked. " +
                            "Which findings of the current revision are explained and which not is in the report's review (GET of the report).";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Responses[200] = "The explanations, oldest first (empty when there are none).";
            s.Responses[400] = "A parameter is not valid.";
            s.Responses[404] = "No report of this township for this year.";
        });
    }

    public override async Task HandleAsync(ReportAddress request, CancellationToken ct)
    {
        if (await ProblemAnswers.ReportOrNotFoundAsync(HttpContext, request, reviews.GetAsync(request.Code, request.Year, ct), ct) is not { } review)
            return;

        await Send.OkAsync(new ExplanationsResponse
        {
            TownshipCode = request.Code,
            Year = request.Year,
            Revision = review.Revision,
            Explanations = [.. (await explanations.ListAsync(request.Code, request.Year, ct)).Select(ReviewAnswers.ResponseOf)],
        }, ct);
    }
}
