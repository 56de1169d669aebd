using System.Runtime.CompilerServices;
using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Printing;

/// <summary>
/// The layout that prints a sum of reports of a format in both of its layouts: the usual table 三 with （六）'s sub-rows,
/// and after them the row of （六） as the other reports print it, undivided. No report prints it; it prints a sum, whose
/// undivided part cannot be split among the sub-rows.
/// </summary>
public static class SummedLayout
{
    private static readonly ConditionalWeakTable<ReportFormat, ReportLayout> Made = new();

    /// <summary>The layout printing every row of <paramref name="format"/>'s usual layout and of <paramref name="undivided"/>.</summary>
    public static ReportLayout Of(ReportFormat format, ReportLayout undivided) => Made.GetValue(format, f => Make(f, undivided));

    private static ReportLayout Make(ReportFormat format, ReportLayout undivided)
    {
        var usual = format.Layouts[0];
        var oneRow = undivided.Tables.Single(t => t.Section == ApplicationTables.Section).Rows
            .Single(r => r.Path == ApplicationTables.OtherHandling);
        var tables = usual.Tables.Select(table =>
        {
            if (table.Section != ApplicationTables.Section)
                return table;
            var lastSubRow = table.Rows.ToList().FindLastIndex(r => r.Path.StartsWith(ApplicationTables.OtherHandling + "/", StringComparison.Ordinal));
            var rows = table.Rows.ToList();
            rows.Insert(lastSubRow + 1, oneRow with { Label = new Label(PrintedWording.UndividedOtherHandling, oneRow.Label.En + ", not divided") });
            return table with { Rows = rows };
        }).ToArray();
        return new ReportLayout($"{usual.Id}+{undivided.Id}", tables, format.Cell, marker: null, dividedAt: null);
    }
}
