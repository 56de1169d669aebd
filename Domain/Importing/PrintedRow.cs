namespace Disclosure.Domain.Importing;

/// <summary>
/// One line of text or one row of a table, with <see cref="Place"/> saying where it was in the document's own
/// terms (<c>page 3</c>, <c>table 2, row 5</c>, <c>line 48</c>) so that a message can send a person to it.
/// </summary>
public sealed record PrintedRow(IReadOnlyList<PrintedCell> Cells, string Place);
