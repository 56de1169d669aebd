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
        var page = new GroupPage(RollupRequest.DefaultLimit, null);
        foreach (var filter in filters)
        {
            var groups = await store.QueryAsync(filter, page, ct);
            foreach (var shape in RollupShapes.All)
            {
                answer.Write(Representation.Json, filter, page, groups, shape, next: null);
                answer.Write(Representation.Csv, filter, page, groups, shape, next: null);
            }
        }
    }
}
