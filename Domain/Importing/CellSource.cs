namespace Disclosure.Domain.Importing;

/// <summary>
/// Where one cell's figure was read: <see cref="Table"/> 二, 三 or 四; <see cref="Row"/> the printed row label as found
/// (whitespace removed); <see cref="Column"/> the format's column label; <see cref="Text"/> the cell as printed.
/// </summary>
public sealed record CellSource(string Pointer, string Table, string Row, string Column, string Text);
