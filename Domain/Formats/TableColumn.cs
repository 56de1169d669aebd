namespace Disclosure.Domain.Formats;

/// <summary>A column of a table; <see cref="Optional"/> columns are totals the report may leave out.</summary>
public sealed record TableColumn(string Name, Label Label, CellKind Kind = CellKind.Count, bool Optional = false);
