using System.Runtime.CompilerServices;
using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Printing;

/// <summary>
/// The national tables 二, 三 and 四 exactly as a layout prints them, made from its table definitions: headings with
/// their merges, row labels with their numbering, and for each figure the <see cref="Cell"/> it shows. It holds no
/// values: a renderer prints it with a value per cell, one report's or a sum of many.
/// </summary>
public sealed class PrintedTables
{
    private static readonly ConditionalWeakTable<ReportLayout, PrintedTables> Made = new();

    private PrintedTables(ReportLayout layout, IReadOnlyList<PrintedTable> tables)
    {
        Layout = layout;
        Tables = tables;
    }

    public ReportLayout Layout { get; }

    /// <summary>二, 三, 四, in printed order.</summary>
    public IReadOnlyList<PrintedTable> Tables { get; }

    /// <summary>The tables of <paramref name="layout"/> (made once per layout).</summary>
    public static PrintedTables Of(ReportLayout layout) => Made.GetValue(layout, Make);

    private static PrintedTables Make(ReportLayout layout)
    {
        var cells = layout.Cells.ToDictionary(c => c.Pointer, StringComparer.Ordinal);
        Cell CellAt(Table table, TableRow row, TableColumn column) => cells[$"/{table.Section}/{row.Path}/{column.Name}"];
        Table[] InSection(string section) => [.. layout.Tables.Where(t => t.Section == section)];

        var proactive = InSection(ProactiveTables.Section);
        var applications = InSection(ApplicationTables.Section);
        var reviewLitigation = InSection(ReviewLitigationTable.Section);
        if (proactive.Length == 0 || applications.Length != 1 || reviewLitigation.Length != 1)
            throw new ArgumentException($"Layout {layout.Id} does not define the national tables 二, 三 and 四.", nameof(layout));

        return new PrintedTables(layout,
        [
            ProactivePrinter.Print(proactive, CellAt),
            ApplicationsPrinter.Print(applications[0], CellAt),
            ReviewLitigationPrinter.Print(reviewLitigation[0], CellAt),
        ]);
    }
}
