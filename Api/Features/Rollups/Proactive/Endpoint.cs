using Disclosure.Api.OpenApi;
using Disclosure.Domain.Rollups;
using FastEndpoints;

namespace Disclosure.Api.Features.Rollups.Proactive;

public sealed class Endpoint(RollupReads rollups) : Endpoint<RollupRequest>
{
    public override void Configure()
    {
        Get("/rollups/proactive");
        AllowAnonymous();
        Description(b => b
            .WithName("rollupProactive")
            .WithTags("Rollups")
            .ProducesRollupAnswer("Proactive", RollupShapes.Proactive));
        Summary(s =>
        {
            s.Summary = "Table 二 (proactive disclosure) summed per format";
            s.Description = "2019-format and 2021-format figures measure different things, so each is summed on its own (proactiveDisclosure.format2019 and .format2021, each with reports, its number of reports, and the cells in the report's shape); proactiveDisclosure.comparable sums the decisions of 行政许可, 行政处罚 and 行政强制, which both formats report. Amounts are exact 万元.";
            RollupReads.Describe(s);
        });
    }

    public override Task HandleAsync(RollupRequest request, CancellationToken ct) =>
        rollups.SendAsync(HttpContext, request, RollupShapes.Proactive, ct);
}
