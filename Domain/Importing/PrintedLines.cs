using System.Collections;

namespace Disclosure.Domain.Importing;

/// <summary>
/// A document's rows read as lines when first looked at: the importer stops at the tables, so the paragraphs after
/// them (and a document's other thousand tables) are never normalised.
/// </summary>
internal sealed class PrintedLines(IReadOnlyList<PrintedRow> rows, int maxCellLength) : IReadOnlyList<PrintedLine>
{
    private readonly PrintedLine?[] _lines = new PrintedLine?[rows.Count];

    public PrintedLine this[int index] => _lines[index] ??= PrintedLine.Of(rows[index], maxCellLength);

    public int Count => _lines.Length;

    /// <summary>The number of characters the row prints, counted without reading it as a line.</summary>
    public long PrintedLength(int index)
    {
        long length = 0;
        foreach (var cell in rows[index].Cells) length += cell.Text.Length;
        return length;
    }

    public IEnumerator<PrintedLine> GetEnumerator()
    {
        for (var i = 0; i < _lines.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
