using Disclosure.Domain.Formats;
using Disclosure.Domain.Printing;
using Disclosure.Persistence;
using Disclosure.Persistence.Rollups;

namespace Disclosure.Api.Features.Tables;

/// <summary>
/// The national tables of an area for a year, a set per format present: a township's from its one current report,
/// a county's or any wider area's from the maintained totals (flagged and unflagged summed, unless flagged are left out).
/// </summary>
public sealed class AreaTables(RollupStore rollups, ReportStore reports)
{
    public async Task<IReadOnlyList<TableSet>> ReadAsync(string? area, int year, bool excludeFlagged, CancellationToken ct)
    {
        if (Parameters.IsTownshipCode(area))
        {
            var stored = await reports.GetAsync(area!, year, cancellationToken: ct);
            return stored is null || (excludeFlagged && stored.Flagged) ? [] : [TableSet.Of(stored.Report, stored.Flagged)];
        }

        var code = area ?? "";
        var totals = await rollups.ListTotalsAsync(code.Length, area, year, year, ct);
        return
        [
            .. totals
                .Where(t => t.AreaCode == code && !(excludeFlagged && t.Flagged))
                .GroupBy(t => t.Format, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(Summed),
        ];
    }

    private static TableSet Summed(IGrouping<string, RollupTotal> totals)
    {
        var format = ReportFormats.Find(totals.Key)
                     ?? throw new InvalidOperationException($"Stored reports use format \"{totals.Key}\", which this service does not know.");
        var sums = new long[format.Cells.Count];
        foreach (var total in totals)
        {
            if (total.Sums.Length > sums.Length)
                throw new InvalidOperationException($"Totals of format {format.Id} have {total.Sums.Length} cells; the format has {sums.Length}.");
            for (var i = 0; i < total.Sums.Length; i++)
                sums[i] = checked(sums[i] + total.Sums[i]);
        }
        return TableSet.Of(format, totals.Sum(t => t.Reports), totals.Where(t => t.Flagged).Sum(t => t.Reports), sums);
    }
}
