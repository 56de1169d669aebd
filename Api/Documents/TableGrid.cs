using Disclosure.Domain.Importing;

namespace Disclosure.Api.Documents;

/// <summary>
/// Expands a table's merged cells into a full grid, the way a browser lays a table out: a cell spanning rows or
/// columns is repeated in every place it covers, each repeat marked as a spanned copy. Spans are bounded (a rowspan
/// is cut at the table's last row, a colspan at the limit) and every place filled counts against the document's
/// cell budget, so a hostile table cannot allocate more than the budget.
/// </summary>
internal sealed class TableGrid(DocumentLimits limits)
{
    public int CellsUsed { get; private set; }

    /// <summary>The rows of the expanded grid, or null when the document's cells would go beyond the limit.</summary>
    public List<List<PrintedCell>>? Expand(IReadOnlyList<IReadOnlyList<SourceCell>> rows)
    {
        var grid = new List<List<PrintedCell?>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
            grid.Add([]);
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r])
            {
                if (cell.Column is { } explicitColumn)
                    column = Math.Max(column, explicitColumn);
                while (column < grid[r].Count && grid[r][column] is not null)
                    column++;
                var rowSpan = Math.Clamp(cell.RowSpan, 1, rows.Count - r);
                var columnSpan = Math.Clamp(cell.ColumnSpan, 1, limits.MaxColumnSpan);
                for (var dr = 0; dr < rowSpan; dr++)
                    for (var dc = 0; dc < columnSpan; dc++)
                    {
                        if (++CellsUsed > limits.MaxCells)
                            return null;
                        var row = grid[r + dr];
                        while (row.Count <= column + dc)
                            row.Add(null);
                        // A cell overlapping one placed before it (malformed spans) keeps the first; browsers do the same.
                        row[column + dc] ??= new PrintedCell(cell.Text, SpannedCopy: dr > 0 || dc > 0);
                    }
                column += columnSpan;
            }
        }
        return grid.Select(row => row.Select(cell => cell ?? new PrintedCell("")).ToList()).ToList();
    }
}
