namespace Disclosure.Api.Documents;

/// <summary>One cell as a table's markup gives it, before merged cells are expanded; <see cref="Column"/> when the markup places it explicitly (Word).</summary>
internal readonly record struct SourceCell(string Text, int RowSpan = 1, int ColumnSpan = 1, int? Column = null);
