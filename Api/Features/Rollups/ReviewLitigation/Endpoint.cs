using Disclosure.Api.OpenApi;
using Disclosure.Domain.Rollups;
using FastEndpoints;

namespace Disclosure.Api.Features.Rollups.ReviewLitigation;

public sealed class Endpoint(RollupReads rollups) : Endpoint<RollupRequest>
{
    public override void Configure()
    {
        Get("/rollups/review-litigation");
        AllowAnonymous();
        Description(b => b
            .WithName("rollupReviewLitigation")
            .WithTags("Rollups")
            .ClearDefaultProduces()
            .Produces<RollupResponse>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesHeader(200, "ETag", "Changes whenever any report is stored; send it as If-None-Match to poll cheaply.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(400));
        Summary(s =>
        {
            s.Summary = "Table 四 (administrative review and litigation) summed";
            s.Description = "Every cell of table 四 summed, with rates.correctionRate = 纠正 / (维持 + 纠正 + 其他), over review and both kinds of litigation.";
            RollupReads.Describe(s);
        });
    }

    public override Task HandleAsync(RollupRequest request, CancellationToken ct) =>
        rollups.SendAsync(HttpContext, request, RollupShapes.ReviewLitigation, ct);
}
