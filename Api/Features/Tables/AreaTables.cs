using Disclosure.Domain.Formats;
using Disclosure.Domain.Printing;
using Disclosure.Domain.Rollups;
using Disclosure.Persistence.Rollups;

namespace Disclosure.Api.Features.Tables;

/// <summary>
/// The national tables of an area for a year, a set per format present, each saying how many reports of each review
/// state it sums: the grand total of the rollups' own read (a township's from its one report that counts, a county's or
/// any wider area's from the maintained totals), so that the tables and the rollups always sum the same reports.
/// </summary>
public sealed class AreaTables(RollupStore rollups)
{
    public async Task<IReadOnlyList<TableSet>> ReadAsync(string? area, int year, bool excludeFlagged, bool acceptedOnly, CancellationToken ct)
    {
        var filter = new RollupFilter(area, year, year, [], excludeFlagged, acceptedOnly);
        // Without grouping there is exactly one group, the grand total.
        var total = (await rollups.QueryAsync(filter, new GroupPage(1, null), ct)).Groups.Single();
        return
        [
            .. total.ByFormat
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => TableSet.Of(Format(f.Key), f.Value.Reports, f.Value.Flagged, f.Value.Sums) with { States = f.Value.States }),
        ];
    }

    private static ReportFormat Format(string id) =>
        ReportFormats.Find(id) ?? throw new InvalidOperationException($"Stored reports use format \"{id}\", which this service does not know.");
}
