using Disclosure.Domain.Registry;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Reviews;

namespace Disclosure.Domain.Quality;

/// <summary>
/// What needs a county's attention in an area for a year, built a county at a time (O2 compares a county's townships):
/// every expected township with a returned report, no report, or findings (acknowledged violations, outliers, warnings;
/// each with the township's explanation or none), ranked by <see cref="WorklistRank"/>. Reports with nothing to look at
/// (no finding, or an accepted report whose findings are all explained) are counted (<see cref="Clean"/>), not listed.
/// </summary>
public sealed class QualityWorklist(int year, OutlierThresholds thresholds)
{
    private readonly List<WorklistEntry> _entries = [];
    private bool _ranked = true;

    public int Year { get; } = year;

    /// <summary>The registry's township-level units under the area.</summary>
    public int Expected { get; private set; }

    /// <summary>Of those, how many have a report for the year.</summary>
    public int Submitted { get; private set; }

    /// <summary>Reports with nothing to look at.</summary>
    public int Clean { get; private set; }

    /// <summary>
    /// Adds the <paramref name="expected"/> townships of one county: <paramref name="county"/> holds the current reports
    /// of every township of that county for the year (the peers of O2, whether under the area or not),
    /// <paramref name="previousYear"/> those for the year before.
    /// </summary>
    public void AddCounty(IEnumerable<Division> expected, IReadOnlyList<CheckedReport> county, IReadOnlyList<Report> previousYear)
    {
        var current = county.Where(c => c.Report.Year == Year).ToDictionary(c => c.Report.TownshipCode, StringComparer.Ordinal);
        var previous = previousYear.Where(r => r.Year == Year - 1).ToDictionary(r => r.TownshipCode, StringComparer.Ordinal);
        var peers = current.Values.Select(c => c.Report).ToList();
        foreach (var township in expected)
        {
            Expected++;
            if (!current.TryGetValue(township.Code, out var report))
            {
                Add(new WorklistEntry(township.Code, township.Name, null, null, null,
                    [new QualityItem(QualityKinds.Missing, QualityKinds.Missing, null, $"No report of {township.Name} for {Year}.")]));
                continue;
            }
            Submitted++;
            var outliers = OutlierRules.Of(report.Report, previous.GetValueOrDefault(township.Code), peers, thresholds);
            List<QualityItem> items =
            [
                .. report.Returned is { } returned && report.State == ReviewState.Returned
                    ? [new QualityItem(QualityKinds.Returned, QualityKinds.Returned, null,
                        $"Returned by the county on {returned.At.UtcDateTime:yyyy-MM-dd}: {returned.Reason}") { Reason = returned.Reason, At = returned.At }]
                    : Array.Empty<QualityItem>(),
                .. Findings.Of(report.Violations, outliers, report.Warnings).Select(f => new QualityItem(ReviewNames.Of(f.Kind), f.Code, f.Pointer, f.Message)
                {
                    Explanation = Findings.ExplanationOf(f, report.Explanations),
                }),
            ];
            // Nothing to look at: no finding, or every finding explained and the report signed off.
            if (items.Count == 0 || (report.State == ReviewState.Accepted && !items.Any(i => i.IsUnexplained)))
                Clean++;
            else
                Add(new WorklistEntry(township.Code, township.Name, report.Revision, report.Report.Format.Id, report.State, items));
        }
    }

    /// <summary>Every listed township, best first.</summary>
    public IReadOnlyList<WorklistEntry> Entries
    {
        get
        {
            if (!_ranked)
            {
                _entries.Sort((a, b) => a.Rank.CompareTo(b.Rank));
                _ranked = true;
            }
            return _entries;
        }
    }

    /// <summary>At most <paramref name="limit"/> entries after <paramref name="after"/> (from the first when null), and whether more follow.</summary>
    public (IReadOnlyList<WorklistEntry> Entries, bool More) Page(WorklistRank? after, int limit)
    {
        var entries = Entries;
        var start = 0;
        if (after is { } cursor)
        {
            // The first entry ranked after the cursor: found by binary search, whether or not the cursor's own township is still listed.
            int low = 0, high = entries.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (entries[middle].Rank.CompareTo(cursor) <= 0) low = middle + 1;
                else high = middle;
            }
            start = low;
        }
        var count = Math.Min(limit, entries.Count - start);
        return ([.. entries.Skip(start).Take(count)], start + count < entries.Count);
    }

    /// <summary>
    /// The items of each kind over the whole worklist (every kind of <see cref="QualityKinds.All"/>, 0 too), how many of
    /// them are unexplained findings, and the townships that have them.
    /// </summary>
    public IReadOnlyList<KindTotal> Totals() =>
    [
        .. QualityKinds.All.Select(kind => new KindTotal(kind,
            _entries.Sum(e => (long)e.Items.Count(i => i.Kind == kind)),
            _entries.Sum(e => (long)e.Items.Count(i => i.Kind == kind && i.IsUnexplained)),
            _entries.Count(e => e.Items.Any(i => i.Kind == kind)))),
    ];

    private void Add(WorklistEntry entry)
    {
        _entries.Add(entry);
        _ranked = false;
    }
}
