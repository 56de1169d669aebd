using System.Globalization;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Rollups;

namespace Disclosure.Domain.Printing;

/// <summary>
/// The national tables of one format with the values they print: one report's, or the sums over several reports of
/// that format; how many reports they sum, how many of those are flagged, and what a reader must be told to read them.
/// </summary>
public sealed record TableSet(ReportFormat Format, ReportLayout Layout, long Reports, long Flagged, IReadOnlyList<long> Values, IReadOnlyList<string> Notes)
{
    public PrintedTables Printed => PrintedTables.Of(Layout);

    /// <summary>The layout every report summed prints (<c>2021-undivided-other</c>, …); null when they print different ones.</summary>
    public string? LayoutId => Format.Layouts.Contains(Layout) ? Layout.Id : null;

    /// <summary>
    /// How many of the reports summed are in each review state; null for tables that are not a sum of current reports
    /// (one stored revision printed on its own).
    /// </summary>
    public ReviewStateCounts? States { get; init; }

    /// <summary>
    /// What the tables sum, for a caption: <c>2021 格式，汇总 3 份报告，其中 1 份已标记</c>, then, for a sum of current
    /// reports, their review states: <c>；已通过审核 1 份，待审核 1 份，已退回 1 份</c>.
    /// </summary>
    public string Caption => string.Create(CultureInfo.InvariantCulture,
        $"{Format.Id} 格式，汇总 {Reports} 份报告，其中 {Flagged} 份已标记{(States is { } s ? $"；已通过审核 {s.Accepted} 份，待审核 {s.Submitted} 份，已退回 {s.Returned} 份" : "")}");

    /// <summary>One report in its own layout.</summary>
    public static TableSet Of(Report report, bool flagged) =>
        Of(report.Format, 1, flagged ? 1 : 0, report.Values);

    /// <summary>
    /// The sums of <paramref name="reports"/> reports of <paramref name="format"/>, a sum per cell. Reports printing
    /// （六）其他处理 as one row are counted by the layout's marker cell: when only some do, both their row and the
    /// others' sub-rows are printed, and a note says how many reports each covers.
    /// </summary>
    public static TableSet Of(ReportFormat format, long reports, long flagged, IReadOnlyList<long> sums)
    {
        var undividedLayout = format.Layouts.Skip(1).FirstOrDefault(l => l.Marker is not null);
        var undivided = undividedLayout is null ? 0 : sums[undividedLayout.Marker!.Index];
        if (undividedLayout is null || undivided == 0)
            return new TableSet(format, format.Layouts[0], reports, flagged, sums, []);
        if (undivided == reports)
        {
            var all = reports == 1
                ? "本报告将（六）其他处理印为一行，未分 1、2、3 项。"
                : Invariant($"全部 {reports} 份报告将（六）其他处理印为一行，未分 1、2、3 项。");
            return new TableSet(format, undividedLayout, reports, flagged, sums, [all]);
        }
        var note = Invariant(
            $"（六）其他处理：{reports - undivided} 份报告分项填报，计入 1、2、3 项；{undivided} 份报告未分项，只计入“{PrintedWording.UndividedOtherHandling}”一行，不拆分到各项。");
        return new TableSet(format, SummedLayout.Of(format, undividedLayout), reports, flagged, sums, [note]);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
