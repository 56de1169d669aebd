using Disclosure.Domain.Formats;
using Disclosure.Domain.Reviews;

namespace Disclosure.Domain.Rollups;

public static partial class RollupShapes
{
    /// <summary>The rows of table 二 whose decisions (处理决定数量) both formats report.</summary>
    private static readonly TableRow[] ComparableRows = [ProactiveTables.Licensing, ProactiveTables.Penalties, ProactiveTables.Coercion];

    public const string Comparable = "comparable";

    /// <summary>The member of each format's sums that counts the group's reports of that format.</summary>
    public const string Reports = "reports";

    /// <summary>The member of each format's sums that counts its reports per review state (submitted, accepted, returned).</summary>
    public const string States = "states";

    /// <summary>The member of table 二's sums that holds the sums of one format's reports: <c>format2019</c>, <c>format2021</c>.</summary>
    public static string ProactiveMemberOf(ReportFormat format) => $"format{format.Id}";

    /// <summary>
    /// Table 二 summed per format, because the two formats' fields are not the same measures: under
    /// <c>proactiveDisclosure</c>, <c>format2019</c> and <c>format2021</c>, each first with <c>reports</c> (the reports
    /// of that format in the group) and <c>states</c> (how many of them in each review state), then its cells in the
    /// report's shape; amounts exact. Then <c>comparable</c>: the
    /// decisions of 行政许可, 行政处罚, 行政强制 of both formats added up.
    /// </summary>
    public static RollupShape Proactive { get; } = new(
    [
        .. ReportFormats.All.SelectMany(ProactiveFiguresOf),
        .. ComparableRows.Select(row =>
            RollupFigure.Count(ProactiveTables.Section, $"{Comparable}/{row.Path}", ProactiveTables.Decisions, SumOf(ProactiveTables.Section, row.Path, ProactiveTables.Decisions))),
    ]);

    private static IEnumerable<RollupFigure> ProactiveFiguresOf(ReportFormat format)
    {
        var member = ProactiveMemberOf(format);
        return
        [
            RollupFigure.ReportsOf(ProactiveTables.Section, member, Reports, format),
            .. ReviewStateCounts.Counted.Select(state =>
                RollupFigure.ReportsInState(ProactiveTables.Section, $"{member}/{States}", ReviewNames.Of(state), format, state)),
            .. format.Cells.Where(c => c.Section == ProactiveTables.Section).Select(cell => cell.Kind == CellKind.AmountFen
                ? RollupFigure.Amount(ProactiveTables.Section, $"{member}/{cell.Row}", cell.Column, new CellSum([cell.Pointer], format))
                : RollupFigure.Count(ProactiveTables.Section, $"{member}/{cell.Row}", cell.Column, new CellSum([cell.Pointer], format))),
        ];
    }
}
