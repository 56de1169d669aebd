using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Printing;

/// <summary>
/// Table 四 is printed across: each row of the definitions is a group of columns (行政复议, then 行政诉讼 over
/// 未经复议直接起诉 and 复议后起诉), each with the outcome columns under it, and one row of figures below.
/// </summary>
internal static class ReviewLitigationPrinter
{
    public static PrintedTable Print(Table table, Func<Table, TableRow, TableColumn, Cell> cellAt)
    {
        var columns = table.Columns;
        var labels = table.Rows.Select(r => PrintedWording.RowLabel(table, r)).ToArray();
        var depth = labels.Any(l => l.Item is not null) ? 3 : 2;
        var headers = Enumerable.Range(0, depth).Select(_ => new List<PrintedTableCell>()).ToArray();

        for (var g = 0; g < labels.Length; g++)
        {
            var (group, item) = labels[g];
            if (g == 0 || labels[g - 1].Group != group)
            {
                var groups = labels.Skip(g).TakeWhile(l => l.Group == group).Count();
                headers[0].Add(PrintedTableCell.Label(g * columns.Count, group, columnSpan: groups * columns.Count));
            }
            var columnRow = 1;
            if (item is not null)
            {
                headers[1].Add(PrintedTableCell.Label(g * columns.Count, item, columnSpan: columns.Count));
                columnRow = 2;
            }
            headers[columnRow].AddRange(columns.Select((column, c) =>
                PrintedTableCell.Label(g * columns.Count + c, column.Label.Zh, rowSpan: depth - columnRow)));
        }

        List<PrintedTableRow> rows =
        [
            .. headers.Select(cells => new PrintedTableRow(PrintedRowKind.Header, [.. cells.OrderBy(c => c.Column)])),
            new(PrintedRowKind.Body,
                [.. table.Rows.SelectMany((row, g) => columns.Select((column, c) => PrintedTableCell.Of(g * columns.Count + c, cellAt(table, row, column))))]),
        ];
        return new PrintedTable(table.Section, PrintedWording.Numbers[table.Section], table.Label.Zh, labels.Length * columns.Count, rows);
    }
}
