namespace Disclosure.Domain.Formats;

/// <summary>
/// One figure of a report. <see cref="Section"/>/<see cref="Row"/>/<see cref="Column"/> name it in the
/// tidy output; <see cref="Pointer"/> is where it lives in the contract JSON.
/// An <see cref="Optional"/> cell (a row total) is a member the report may leave out; it is then filled in
/// from the identities. A <see cref="Derived"/> cell is never a member of the JSON: it is computed from
/// other members (the publications figures), so that rollups can sum it like any other cell.
/// </summary>
public sealed record Cell(
    int Index,
    string Section,
    string Row,
    string Column,
    CellKind Kind,
    bool Optional,
    string LabelZh,
    string LabelEn,
    bool Derived = false)
{
    // Get-only (no `with`), so that the pointer made from them once stays theirs: the checks of every submission ask
    // for it, and building it each time was a sixth of what a submission allocated (docs/PERFORMANCE.md).
    public string Section { get; } = Section;
    public string Row { get; } = Row;
    public string Column { get; } = Column;

    /// <summary>JSON Pointer of the cell in the contract (for a derived cell: the name it would have there), e.g. <c>/applications/results/withheld/stateSecret/naturalPerson</c>.</summary>
    public string Pointer { get; } = $"/{Section}/{Row}/{Column}";
}
