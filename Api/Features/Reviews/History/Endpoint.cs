using Disclosure.Api.Features.Reports;
using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Domain.Reviews;
using Disclosure.Persistence.Reviews;
using FastEndpoints;

namespace Disclosure.Api.Features.Reviews.History;

public sealed class Endpoint(ReviewStore reviews) : Endpoint<ReportAddress, ReviewHistoryResponse>
{
    public override void Configure()
    {
        Get("/townships/{code}/reports/{year}/reviews");
        AllowAnonymous();
        Description(b => b
            .WithName("listReviews")
            .WithTags("Reviews")
            .ClearDefaultProduces()
            .Produces<ReviewHistoryResponse>(StatusCodes.Status200OK)
            .ProducesProblems(400, 404));
        Summary(s =>
        {
            s.Summary = "List the review history of a township's report for a year";
            s.Description = "The report's review state and every change of it, oldest first: the county's decisions (accepted, returned, " +
                            "unlocked, withdrawn) and the township's resubmissions, each with the revision it was made on, the state it left, " +
                            "the reason, whether an acceptance overrode unexplained findings, when and by which key. A withdrawn report's history stays readable.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Responses[200] = "The state, the current revision and the history, oldest first (empty for a report never reviewed).";
            s.Responses[400] = "A parameter is not valid.";
            s.Responses[404] = "No report of this township for this year.";
        });
    }

    public override async Task HandleAsync(ReportAddress request, CancellationToken ct)
    {
        if (await ProblemAnswers.ReportOrNotFoundAsync(HttpContext, request, reviews.GetAsync(request.Code, request.Year, ct), ct) is not { } review)
            return;

        await Send.OkAsync(new ReviewHistoryResponse
        {
            TownshipCode = request.Code,
            Year = request.Year,
            State = ReviewNames.Of(review.State),
            Revision = review.Revision,
            History = [.. review.History.Select(e => new ReviewEntryResponse
            {
                Revision = e.Revision,
                Action = ReviewNames.Of(e.Action),
                State = ReviewNames.Of(e.State),
                Reason = e.Reason,
                Overrode = e.Overrode,
                At = e.At.UtcDateTime,
                By = e.By,
            })],
        }, ct);
    }
}
