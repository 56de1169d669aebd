namespace Disclosure.Domain.Formats;

/// <summary>A row of a table; <see cref="Path"/> is its place under the section, e.g. <c>results/withheld/stateSecret</c>.</summary>
public sealed record TableRow(string Path, Label Label, bool Optional = false);
