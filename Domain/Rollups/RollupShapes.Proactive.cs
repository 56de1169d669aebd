using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

public static partial class RollupShapes
{
    /// <summary>The rows of table 二 whose decisions (处理决定数量) both formats report.</summary>
    private static readonly string[] ComparableRows = ["licensing", "penalties", "coercion"];

    public const string Comparable = "comparable";

    /// <summary>
    /// Table 二 summed per format, because the two formats' fields are not the same measures: section
    /// <c>format2019</c> and <c>format2021</c>, each first with row <c>reports</c> column <c>count</c> (the
    /// reports of that format in the group), then its cells; amounts exact. Then section <c>comparable</c>: the
    /// decisions of 行政许可, 行政处罚, 行政强制 of both formats added up.
    /// </summary>
    private static readonly (ReportFormat Format, string Section, (Cell Cell, CellSum Sum)[] Cells)[] ProactiveCells =
    [
        .. ReportFormats.All.Select(format => (
            format,
            $"format{format.Id}",
            format.Cells.Where(c => c.Section == ProactiveTables.Section).Select(c => (c, new CellSum([c.Pointer], format))).ToArray())),
    ];

    private static readonly (string Row, CellSum Sum)[] ComparableDecisions =
        [.. ComparableRows.Select(row => (row, SumOf(ProactiveTables.Section, row, "decisions")))];

    public static IReadOnlyList<TidyValue> Proactive(RollupGroup group)
    {
        var values = new List<TidyValue>();
        foreach (var (format, section, cells) in ProactiveCells)
        {
            values.Add(Count(section, "reports", "count", group.ByFormat.GetValueOrDefault(format.Id)?.Reports ?? 0));
            foreach (var (cell, sum) in cells)
            {
                var total = sum.Of(group);
                RollupValue value = cell.Kind == CellKind.AmountFen ? new RollupValue.Amount(total) : new RollupValue.Count(total);
                values.Add(new TidyValue(section, cell.Row, cell.Column, value));
            }
        }
        foreach (var (row, sum) in ComparableDecisions)
            values.Add(Count(Comparable, row, "decisions", sum.Of(group)));
        return values;
    }
}
