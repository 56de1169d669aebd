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
            .ProducesRollupAnswer("ReviewLitigation", RollupShapes.ReviewLitigation));
        Summary(s =>
        {
            s.Summary = "Table 四 (administrative review and litigation) summed";
            s.Description = "Every cell of table 四 summed, each row with its correctionRate = 纠正 / (维持 + 纠正 + 其他) (review.correctionRate, …), and reviewLitigation.correctionRate over review and both kinds of litigation.";
            RollupReads.Describe(s);
        });
    }

    public override Task HandleAsync(RollupRequest request, CancellationToken ct) =>
        rollups.SendAsync(HttpContext, request, RollupShapes.ReviewLitigation, ct);
}
