using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Printing;

/// <summary>
/// Table 二: block after block, each its title across the table, a heading row (信息内容 and its columns) and its rows.
/// A block with fewer columns than the widest prints its last column across the rest.
/// </summary>
internal static class ProactivePrinter
{
    public static PrintedTable Print(IReadOnlyList<Table> blocks, Func<Table, TableRow, TableColumn, Cell> cellAt)
    {
        var width = 1 + blocks.Max(b => b.Columns.Count);
        var rows = new List<PrintedTableRow>();
        foreach (var block in blocks)
        {
            int Span(int i) => i == block.Columns.Count - 1 ? width - 1 - i : 1;
            rows.Add(new(PrintedRowKind.Caption, [PrintedTableCell.Label(0, block.Label.Zh, columnSpan: width)]));
            rows.Add(new(PrintedRowKind.Header,
            [
                PrintedTableCell.Label(0, PrintedWording.InformationContent),
                .. block.Columns.Select((column, i) => PrintedTableCell.Label(1 + i, column.Label.Zh, columnSpan: Span(i))),
            ]));
            foreach (var row in block.Rows)
            {
                rows.Add(new(PrintedRowKind.Body,
                [
                    PrintedTableCell.Label(0, PrintedWording.RowLabel(block, row).Group),
                    .. block.Columns.Select((column, i) => PrintedTableCell.Of(1 + i, cellAt(block, row, column), Span(i))),
                ]));
            }
        }
        return new PrintedTable(ProactiveTables.Section, PrintedWording.Numbers[ProactiveTables.Section], PrintedWording.ProactiveTitle, width, rows);
    }
}
