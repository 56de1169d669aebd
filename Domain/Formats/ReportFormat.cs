namespace Disclosure.Domain.Formats;

/// <summary>
/// One national table layout ("2019" or "2021"): its cells, in a fixed order, and the identities
/// that hold between them. The JSON shape of a report follows from the cells' pointers.
/// </summary>
public sealed class ReportFormat
{
    private readonly Dictionary<string, Cell> _byPointer;

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
    }

    /// <summary>The value of the report's <c>format</c> member.</summary>
    public string Id { get; }

    public IReadOnlyList<Cell> Cells { get; }

    /// <summary>Identities in the order they derive absent optional totals.</summary>
    public IReadOnlyList<IdentityRule> Identities { get; }

    public Cell? FindCell(string pointer) => _byPointer.GetValueOrDefault(pointer);

    public Cell Cell(string pointer) =>
        FindCell(pointer) ?? throw new KeyNotFoundException($"Format {Id} has no cell {pointer}.");

    public override string ToString() => Id;
}

/// <summary>
/// <c>Target = Σ sign × term</c>, for one rule id (A1, A2, A3, R1). When the target is an optional cell
/// the report left out, the rule derives it; otherwise a difference is a violation.
/// </summary>
public sealed record IdentityRule(string Rule, Cell Target, IReadOnlyList<Term> Terms);

public readonly record struct Term(Cell Cell, int Sign);
