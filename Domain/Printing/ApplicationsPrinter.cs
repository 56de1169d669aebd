using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Printing;

/// <summary>
/// Table 三: three rows of headings (申请人情况 over 自然人, 法人或其他组织 over the other applicants, and 总计), then its
/// rows under three label columns: 一、二、四 across them, 三、本年度办理结果 down the outcome rows, and each group of
/// outcomes (（三）不予公开 …) down its items.
/// </summary>
internal static class ApplicationsPrinter
{
    private const int LabelColumns = 3;
    private const int HeaderRows = 3;

    public static PrintedTable Print(Table table, Func<Table, TableRow, TableColumn, Cell> cellAt)
    {
        var columns = table.Columns;
        var width = LabelColumns + columns.Count;
        var legalPersons = columns.Count - 2;
        List<PrintedTableRow> rows =
        [
            new(PrintedRowKind.Header,
            [
                PrintedTableCell.Label(0, PrintedWording.ApplicationsCorner, rowSpan: HeaderRows, columnSpan: LabelColumns),
                PrintedTableCell.Label(LabelColumns, PrintedWording.Applicants, columnSpan: columns.Count),
            ]),
            new(PrintedRowKind.Header,
            [
                PrintedTableCell.Label(LabelColumns, columns[0].Label.Zh, rowSpan: 2),
                PrintedTableCell.Label(LabelColumns + 1, PrintedWording.LegalPersons, columnSpan: legalPersons),
                PrintedTableCell.Label(width - 1, columns[^1].Label.Zh, rowSpan: 2),
            ]),
            new(PrintedRowKind.Header,
                [.. columns.Skip(1).Take(legalPersons).Select((column, i) => PrintedTableCell.Label(LabelColumns + 1 + i, column.Label.Zh))]),
        ];

        var outcomes = table.Rows.Count(IsOutcome);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var (group, item) = PrintedWording.RowLabel(table, row);
            List<PrintedTableCell> cells = [];
            if (!IsOutcome(row))
                cells.Add(PrintedTableCell.Label(0, group, columnSpan: LabelColumns));
            else
            {
                if (i == 0 || !IsOutcome(table.Rows[i - 1]))
                    cells.Add(PrintedTableCell.Label(0, PrintedWording.Results, rowSpan: outcomes));
                if (item is null)
                    cells.Add(PrintedTableCell.Label(1, group, columnSpan: LabelColumns - 1));
                else
                {
                    if (i == 0 || GroupOf(table, table.Rows[i - 1]) != group)
                        cells.Add(PrintedTableCell.Label(1, group, rowSpan: table.Rows.Skip(i).TakeWhile(r => GroupOf(table, r) == group).Count()));
                    cells.Add(PrintedTableCell.Label(2, item));
                }
            }
            cells.AddRange(columns.Select((column, c) => PrintedTableCell.Of(LabelColumns + c, cellAt(table, row, column))));
            rows.Add(new(PrintedRowKind.Body, cells));
        }
        return new PrintedTable(table.Section, PrintedWording.Numbers[table.Section], table.Label.Zh, width, rows);
    }

    private static bool IsOutcome(TableRow row) => row.Path.StartsWith(PrintedWording.ResultsPath, StringComparison.Ordinal);

    /// <summary>The group a row's label prints once over several rows, or null for a row printed on its own.</summary>
    private static string? GroupOf(Table table, TableRow row) => PrintedWording.RowLabel(table, row) is (var group, not null) ? group : null;
}
