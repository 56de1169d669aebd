namespace Disclosure.Domain.Printing;

/// <summary>A row of a printed table: the cells that start in it, left to right (cells merged from rows above are not repeated).</summary>
public sealed record PrintedTableRow(PrintedRowKind Kind, IReadOnlyList<PrintedTableCell> Cells);
