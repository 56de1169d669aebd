using Disclosure.Api.Features.Reads;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Rollups;
using Disclosure.Persistence.Rollups;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// Runs every rollup once at start-up, from the maintained totals and from per-report rows, in JSON and CSV,
/// and throws the answers away: the first dashboard to ask then finds compiled code rather than paying for
/// the JIT (about 100 ms on a 2-core machine).
/// </summary>
public static class RollupWarmUp
{
    private static readonly Func<RollupGroup, IReadOnlyList<TidyValue>>[] Shapes =
        [RollupShapes.Applications, RollupShapes.ReviewLitigation, RollupShapes.Proactive, RollupShapes.Publications];

    public static async Task RunAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var store = services.GetRequiredService<RollupStore>();
        var answer = services.GetRequiredService<RollupAnswer>();
        var registry = services.GetRequiredService<DivisionRegistry>();
        var townships = registry.TownshipsUnder("");
        var someCounty = townships.IsEmpty ? null : townships[0].CodeAt(DivisionLevel.County);

        RollupFilter[] filters =
        [
            new(null, null, null, [], ExcludeFlagged: false),
            new(someCounty, null, null, [GroupLevel.Year, GroupLevel.Township], ExcludeFlagged: true),
        ];
        foreach (var filter in filters)
        {
            var groups = await store.QueryAsync(filter, ct);
            foreach (var shape in Shapes)
            {
                answer.Write(Representation.Json, filter, groups, shape);
                answer.Write(Representation.Csv, filter, groups, shape);
            }
        }
    }
}
