namespace Disclosure.Domain.Formats;

/// <summary>
/// One national format ("2019" or "2021"): its cells, in a fixed order, the identities that hold between
/// them, and the layouts its tables are printed in. The JSON shape of a report follows from its layout's cells.
/// </summary>
public sealed class ReportFormat
{
    private readonly Dictionary<string, Cell> _byPointer;
    private readonly IReadOnlyDictionary<string, ShapeNode> _nodes;
    private IReadOnlyList<Table> _tables = [];

    public ReportFormat(string id, IReadOnlyList<Cell> cells, IReadOnlyList<IdentityRule> identities)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Index != i)
                throw new ArgumentException($"Cell {cells[i].Pointer} has index {cells[i].Index}, expected {i}.", nameof(cells));
        }

        Id = id;
        Cells = cells;
        Identities = identities;
        _byPointer = cells.ToDictionary(c => c.Pointer, StringComparer.Ordinal);
        ShapeNode.Build(cells, out _nodes);
        Layouts = [new ReportLayout(id, cells)];
    }

    /// <summary>The value of the report's <c>format</c> member.</summary>
    public string Id { get; }

    public IReadOnlyList<Cell> Cells { get; }

    /// <summary>Identities in the order they derive absent optional totals.</summary>
    public IReadOnlyList<IdentityRule> Identities { get; }

    /// <summary>The usual layout first; then any other layout real reports print this format in.</summary>
    public IReadOnlyList<ReportLayout> Layouts { get; init; }

    /// <summary>The layout of a report with these values: the one whose marker cell is set, else the usual one.</summary>
    public ReportLayout LayoutOf(long[] values)
    {
        for (var i = 1; i < Layouts.Count; i++)
            if (Layouts[i].Marker is { } marker && values[marker.Index] != 0) return Layouts[i];
        return Layouts[0];
    }

    public ReportLayout? FindLayout(string id) => Layouts.FirstOrDefault(l => l.Id == id);

    /// <summary>The table definitions the cells were made from, with their row and column captions (every layout's).</summary>
    public IReadOnlyList<Table> Tables
    {
        get => _tables;
        init => _tables = value;
    }

    /// <summary>The first report year this format was issued for, if it has one.</summary>
    public int? FirstYear { get; init; }

    /// <summary>The last report year this format was meant for, if it was superseded.</summary>
    public int? LastYear { get; init; }

    /// <summary>The 规章 cells a township should leave at 0: townships have no power to make 规章.</summary>
    public IReadOnlyList<Cell> RegulationCells { get; init; } = [];

    public Cell? FindCell(string pointer) => _byPointer.GetValueOrDefault(pointer);

    public Cell Cell(string pointer) =>
        FindCell(pointer) ?? throw new KeyNotFoundException($"Format {Id} has no cell {pointer}.");

    /// <summary>The member of the tables at <paramref name="pointer"/> in any layout, or null when this format has none there.</summary>
    public ShapeNode? FindNode(string pointer) => _nodes.GetValueOrDefault(pointer);

    /// <summary>Whether a report for <paramref name="year"/> would be expected in this format.</summary>
    public bool IsMeantFor(int year) => (FirstYear is null || year >= FirstYear) && (LastYear is null || year <= LastYear);

    public override string ToString() => Id;
}
