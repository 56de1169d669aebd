using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

/// <summary>The sum of some cells over the formats of a group, with the cells looked up once, when the shape is built.</summary>
internal sealed class CellSum
{
    private readonly (ReportFormat Format, int[] Indexes)[] _byFormat;

    /// <summary>The cells at <paramref name="pointers"/> in every format that has them (or only in <paramref name="only"/>).</summary>
    public CellSum(IEnumerable<string> pointers, ReportFormat? only = null)
    {
        var wanted = pointers.ToArray();
        _byFormat = (only is null ? ReportFormats.All : [only])
            .Select(format => (format, wanted.Select(format.FindCell).OfType<Cell>().Select(c => c.Index).ToArray()))
            .Where(f => f.Item2.Length > 0)
            .ToArray();
    }

    public long Of(RollupGroup group)
    {
        long sum = 0;
        foreach (var (format, indexes) in _byFormat)
        {
            if (group.Of(format) is not { } sums)
                continue;
            foreach (var index in indexes)
                sum = checked(sum + sums[index]);
        }
        return sum;
    }
}
