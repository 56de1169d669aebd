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
    public static RollupShape Proactive { get; } = new(
    [
        .. ReportFormats.All.SelectMany(format => ProactiveFiguresOf(format, $"format{format.Id}")),
        .. ComparableRows.Select(row => Figure.Count(Comparable, row, "decisions", SumOf(ProactiveTables.Section, row, "decisions"))),
    ]);

    private static IEnumerable<Figure> ProactiveFiguresOf(ReportFormat format, string section) =>
    [
        Figure.ReportsOf(section, "reports", "count", format),
        .. format.Cells.Where(c => c.Section == ProactiveTables.Section).Select(cell => cell.Kind == CellKind.AmountFen
            ? Figure.Amount(section, cell.Row, cell.Column, new CellSum([cell.Pointer], format))
            : Figure.Count(section, cell.Row, cell.Column, new CellSum([cell.Pointer], format))),
    ];
}
