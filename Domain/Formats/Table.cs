namespace Disclosure.Domain.Formats;

/// <summary>
/// A block of a statistical table: every row has every column. A section (table 二) may be made of
/// several blocks with different columns. The cells of a <see cref="Derived"/> table are computed from
/// other members of the report, and are not members of its JSON (see <see cref="Cell.Derived"/>).
/// </summary>
public sealed record Table(string Section, Label Label, IReadOnlyList<TableRow> Rows, IReadOnlyList<TableColumn> Columns, bool Derived = false)
{
    /// <summary>The cells of the tables, row by row, numbered from 0 in the order given.</summary>
    public static IReadOnlyList<Cell> CellsOf(IEnumerable<Table> tables)
    {
        var cells = new List<Cell>();
        foreach (var table in tables)
        foreach (var row in table.Rows)
        foreach (var column in table.Columns)
        {
            cells.Add(new Cell(
                cells.Count,
                table.Section,
                row.Path,
                column.Name,
                column.Kind,
                row.Optional || column.Optional,
                $"{row.Label.Zh} · {column.Label.Zh}",
                $"{row.Label.En} · {column.Label.En}",
                table.Derived));
        }
        return cells;
    }
}
