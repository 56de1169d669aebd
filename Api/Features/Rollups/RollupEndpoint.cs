using Disclosure.Api.OpenApi;
using FastEndpoints;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// A rollup's endpoint, configured from its <see cref="Rollup"/> definition. FastEndpoints routes and documents one
/// endpoint type per operation, so each rollup has a subclass of its own that only names its definition.
/// </summary>
public abstract class RollupEndpoint(RollupReads rollups, Rollup rollup) : Endpoint<RollupRequest>
{
    public override void Configure()
    {
        Get(rollup.Path);
        AllowAnonymous();
        Description(b => b
            .WithName(rollup.OperationId)
            .WithTags("Rollups")
            .ProducesRollupAnswer(rollup));
        Summary(s =>
        {
            s.Summary = rollup.Summary;
            s.Description = rollup.Description;
            RollupReads.Describe(s);
        });
    }

    public override Task HandleAsync(RollupRequest request, CancellationToken ct) =>
        rollups.SendAsync(HttpContext, request, rollup.Shape, ct);
}
