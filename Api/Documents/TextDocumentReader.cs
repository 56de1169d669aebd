using System.Text.RegularExpressions;
using Disclosure.Domain.Importing;

namespace Disclosure.Api.Documents;

/// <summary>
/// Reads plain text (a report copied out of a page or a Word file): one row per line, the line's cells split at
/// tabs (blank cells between tabs kept), or, in a line without tabs, at runs of two or more spaces (ASCII or
/// full-width), which is how a table copied as text keeps its columns. Blank lines carry nothing and make no row.
/// </summary>
public sealed partial class TextDocumentReader(DocumentLimits limits)
{
    public TextDocumentReader() : this(DocumentLimits.Default)
    {
    }

    public DocumentReading Read(ReadOnlyMemory<byte> bytes, string? declaredCharset = null)
    {
        if (!TextDecoding.TryDecode(bytes.Span, declaredCharset, out var text, out var failure))
            return DocumentReading.Refused(DocumentRefusals.UndecodableText, failure);

        var rows = new List<PrintedRow>();
        var cells = 0;
        var number = 0;
        foreach (var range in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = range.ToString();
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (rows.Count == limits.MaxRows)
                return DocumentReading.Refused(DocumentRefusals.DocumentTooLarge,
                    $"The text has more than {limits.MaxRows:N0} lines that are not blank; a report has far fewer.");
            var tabs = line.AsSpan().Count('\t');
            if (tabs > 0 && (cells += tabs + 1) > limits.MaxCells)
                return DocumentReading.Refused(DocumentRefusals.TooManyTables,
                    $"The text's lines of columns hold more than {limits.MaxCells:N0} cells; a report's tables have far fewer.");
            var texts = tabs > 0 ? line.Split('\t') : ColumnGap().Split(line.Trim());
            rows.Add(new PrintedRow(texts.Select(cell => new PrintedCell(cell.Trim())).ToList(), $"line {number}"));
        }
        return new PrintedDocument("text", rows);
    }

    [GeneratedRegex("[ \u3000]{2,}")]
    private static partial Regex ColumnGap();
}
