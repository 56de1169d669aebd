namespace Disclosure.Domain.Formats;

/// <summary>
/// One way a format's tables are printed, and so one shape of its JSON. A format has a usual layout; the 2021
/// format has a second one, because real reports print its （六）其他处理 as one row rather than three sub-rows.
/// Every layout of a format keeps its figures in the same cells (the format's), so that reports of either
/// layout are stored and summed alike; the cells a layout does not print hold 0.
/// </summary>
public sealed class ReportLayout
{
    private readonly HashSet<int> _printed;

    internal ReportLayout(string id, IReadOnlyList<Table> tables, Func<string, Cell> cellAt, Cell? marker, string? dividedAt)
        : this(id, tables, [.. from table in tables from row in table.Rows from column in table.Columns select cellAt($"/{table.Section}/{row.Path}/{column.Name}")], marker, dividedAt)
    {
    }

    /// <summary>The only layout of a format made of bare cells, without tables: it prints every cell that is not derived.</summary>
    internal ReportLayout(string id, IReadOnlyList<Cell> cells) : this(id, [], [.. cells.Where(c => !c.Derived)], null, null)
    {
    }

    private ReportLayout(string id, IReadOnlyList<Table> tables, IReadOnlyList<Cell> cells, Cell? marker, string? dividedAt)
    {
        Id = id;
        Tables = tables;
        Cells = cells;
        _printed = [.. Cells.Select(c => c.Index)];
        Shape = ShapeNode.Build(Cells, out var nodes);
        Marker = marker;
        DividedAt = dividedAt is null ? null : nodes[dividedAt];
    }

    /// <summary><c>2019</c>, <c>2021</c>, or <c>2021-undivided-other</c>.</summary>
    public string Id { get; }

    /// <summary>The three statistical tables (二, 三, 四) as this layout prints them, block by block.</summary>
    public IReadOnlyList<Table> Tables { get; }

    /// <summary>The format's cells that this layout prints, in printed order; the members of its JSON.</summary>
    public IReadOnlyList<Cell> Cells { get; }

    /// <summary>The members of the three tables as the contract nests them in this layout.</summary>
    public ShapeNode Shape { get; }

    /// <summary>The derived cell that is 1 in a report of this layout, for a layout other than the format's usual one.</summary>
    public Cell? Marker { get; }

    /// <summary>
    /// For a layout other than the usual one: the member whose contents tell the layouts apart (<c>otherHandling</c>
    /// holding applicant columns rather than sub-rows).
    /// </summary>
    public ShapeNode? DividedAt { get; }

    /// <summary>Whether this layout prints <paramref name="cell"/> (a cell it does not print holds 0).</summary>
    public bool Prints(Cell cell) => _printed.Contains(cell.Index);

    public override string ToString() => Id;
}
