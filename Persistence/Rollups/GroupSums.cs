using Disclosure.Domain.Formats;
using Disclosure.Domain.Reviews;
using Disclosure.Domain.Rollups;

namespace Disclosure.Persistence.Rollups;

/// <summary>Adds up the reports of one rollup group, per format, in 64 bits, throwing on overflow.</summary>
internal sealed class GroupSums(RollupKey key)
{
    private readonly Dictionary<string, (long Reports, long Flagged, ReviewStateCounts States, long[] Sums)> _byFormat = new(StringComparer.Ordinal);

    public RollupKey Key { get; } = key;

    /// <summary>
    /// Adds <paramref name="reports"/> reports of <paramref name="format"/> in <paramref name="state"/> whose cells,
    /// packed, sum to <paramref name="values"/>.
    /// </summary>
    public void Add(ReportFormat format, bool flagged, ReviewState state, long reports, ReadOnlySpan<byte> values)
    {
        // A vector may be shorter than the format when it was stored before cells were added at its end: those count 0.
        if (!_byFormat.TryGetValue(format.Id, out var sumsSoFar))
            sumsSoFar = (0, 0, default, new long[format.Cells.Count]);
        var (formatReports, formatFlagged, states, sums) = sumsSoFar;
        try
        {
            CellCodec.AddTo(values, sums);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"Stored values of format {format.Id} do not fit its {format.Cells.Count} cells.", e);
        }
        _byFormat[format.Id] = (checked(formatReports + reports), flagged ? checked(formatFlagged + reports) : formatFlagged,
            states.Add(state, reports), sums);
    }

    public RollupGroup ToGroup() => new(
        Key,
        _byFormat.Values.Aggregate(0L, (sum, f) => checked(sum + f.Reports)),
        _byFormat.Values.Aggregate(0L, (sum, f) => checked(sum + f.Flagged)),
        _byFormat.ToDictionary(f => f.Key, f => new FormatSums(f.Value.Reports, f.Value.Flagged, f.Value.Sums, f.Value.States), StringComparer.Ordinal));
}
