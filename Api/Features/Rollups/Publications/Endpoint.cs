using Disclosure.Api.OpenApi;
using Disclosure.Domain.Rollups;
using FastEndpoints;

namespace Disclosure.Api.Features.Rollups.Publications;

public sealed class Endpoint(RollupReads rollups) : Endpoint<RollupRequest>
{
    public override void Configure()
    {
        Get("/rollups/publications");
        AllowAnonymous();
        Description(b => b
            .WithName("rollupPublications")
            .WithTags("Rollups")
            .ProducesRollupAnswer("Publications", RollupShapes.Publications));
        Summary(s =>
        {
            s.Summary = "Policy interpretations and key-domain items summed";
            s.Description = "Figures stated in the reports' narratives: policy interpretations (政策解读) and items published per key domain (重点领域), with how many reports stated them.";
            RollupReads.Describe(s);
        });
    }

    public override Task HandleAsync(RollupRequest request, CancellationToken ct) =>
        rollups.SendAsync(HttpContext, request, RollupShapes.Publications, ct);
}
