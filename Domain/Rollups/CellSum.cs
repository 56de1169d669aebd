using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

/// <summary>
/// One output figure of a rollup: the sum of some cells over the formats of a group, with the cells looked up
/// once when the shape is built rather than for every group (a province by county and year is 1,500 groups).
/// </summary>
internal sealed class CellSum
{
    private readonly (string FormatId, int[] Indexes)[] _byFormat;

    /// <summary>The cells at <paramref name="pointers"/> in every format that has them (or only in <paramref name="only"/>).</summary>
    public CellSum(IEnumerable<string> pointers, ReportFormat? only = null)
    {
        var wanted = pointers.ToArray();
        _byFormat = (only is null ? ReportFormats.All : [only])
            .Select(format => (format.Id, wanted.Select(format.FindCell).OfType<Cell>().Select(c => c.Index).ToArray()))
            .Where(f => f.Item2.Length > 0)
            .ToArray();
    }

    public long Of(RollupGroup group)
    {
        long sum = 0;
        foreach (var (formatId, indexes) in _byFormat)
        {
            if (!group.ByFormat.TryGetValue(formatId, out var sums))
                continue;
            foreach (var index in indexes)
                sum = checked(sum + sums[index]);
        }
        return sum;
    }
}
