using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Printing;

/// <summary>
/// One of the national tables (二, 三, 四) as printed: a grid of <see cref="ColumnCount"/> columns whose rows hold
/// merged headings, row labels and figures. Every place of the grid is covered by exactly one cell.
/// </summary>
public sealed class PrintedTable
{
    private readonly PrintedTableCell[,] _covering;

    public PrintedTable(string section, string number, string title, int columnCount, IReadOnlyList<PrintedTableRow> rows)
    {
        Section = section;
        Number = number;
        Title = title;
        ColumnCount = columnCount;
        Rows = rows;
        _covering = Cover(rows, columnCount, $"{number}、{title}");
    }

    /// <summary>The section of the contract whose cells it prints: <c>proactiveDisclosure</c>, <c>applications</c>, <c>reviewLitigation</c>.</summary>
    public string Section { get; }

    /// <summary>二, 三 or 四.</summary>
    public string Number { get; }

    /// <summary>主动公开政府信息情况, …</summary>
    public string Title { get; }

    /// <summary>The heading the report prints above the table: <c>三、收到和处理政府信息公开申请情况</c>.</summary>
    public string Heading => $"{Number}、{Title}";

    public int ColumnCount { get; }

    public IReadOnlyList<PrintedTableRow> Rows { get; }

    /// <summary>The cells whose values the table prints, in reading order.</summary>
    public IEnumerable<Cell> Figures => Rows.SelectMany(r => r.Cells).Select(c => c.Figure).OfType<Cell>();

    /// <summary>The cell that covers a place of the grid: one starting there, or one merged over it from the left or above.</summary>
    public PrintedTableCell CoveringCell(int row, int column) => _covering[row, column];

    /// <summary>Whether a column of the grid holds row labels, not figures, in the rows of figures.</summary>
    public bool IsLabelColumn(int column) =>
        Enumerable.Range(0, Rows.Count).Any(r => Rows[r].Kind == PrintedRowKind.Body && CoveringCell(r, column).Figure is null);

    /// <summary>How many rows of headings come before the first row of figures (a spreadsheet freezes them).</summary>
    public int LeadingHeaderRows
    {
        get
        {
            var first = Rows.ToList().FindIndex(r => r.Kind == PrintedRowKind.Body);
            return first < 0 ? Rows.Count : first;
        }
    }

    private static PrintedTableCell[,] Cover(IReadOnlyList<PrintedTableRow> rows, int columnCount, string heading)
    {
        var covering = new PrintedTableCell[rows.Count, columnCount];
        for (var r = 0; r < rows.Count; r++)
        foreach (var cell in rows[r].Cells)
        {
            if (r + cell.RowSpan > rows.Count || cell.Column + cell.ColumnSpan > columnCount)
                throw new ArgumentException($"Table {heading}: a cell of row {r} at column {cell.Column} reaches past the table.", nameof(rows));
            for (var rr = r; rr < r + cell.RowSpan; rr++)
            for (var cc = cell.Column; cc < cell.Column + cell.ColumnSpan; cc++)
            {
                if (covering[rr, cc] is not null)
                    throw new ArgumentException($"Table {heading}: two cells cover row {rr}, column {cc}.", nameof(rows));
                covering[rr, cc] = cell;
            }
        }
        for (var r = 0; r < rows.Count; r++)
        for (var c = 0; c < columnCount; c++)
        {
            if (covering[r, c] is null)
                throw new ArgumentException($"Table {heading}: no cell covers row {r}, column {c}.", nameof(rows));
        }
        return covering;
    }
}
