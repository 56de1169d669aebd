using System.Text;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Printing;

/// <summary>
/// The national tables as plain text, as a township pastes them into a page: each table after its heading line, a
/// line per row, cells separated by tabs, every line as wide as its table. A merged heading is printed once, in its
/// first place, the places it covers left empty; a row label merged down several rows is printed on each of them, so
/// that every row carries its whole label. Figures are written exactly, and only in figure cells.
/// </summary>
public static class PrintedText
{
    public static string Of(Report report) => Write(PrintedTables.Of(report.Layout), report.Values);

    /// <summary>The tables with <paramref name="values"/>, a value per cell by index (one report's, or a sum).</summary>
    public static string Write(PrintedTables tables, IReadOnlyList<long> values)
    {
        var text = new StringBuilder();
        foreach (var table in tables.Tables)
        {
            if (text.Length > 0)
                text.Append('\n');
            text.Append(table.Heading).Append('\n');
            foreach (var line in Lines(table, values))
                text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The table's rows as tab-separated lines, without its heading.</summary>
    public static IEnumerable<string> Lines(PrintedTable table, IReadOnlyList<long> values)
    {
        var texts = new string[table.ColumnCount];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var body = table.Rows[r].Kind == PrintedRowKind.Body;
            for (var c = 0; c < table.ColumnCount; c++)
            {
                var cell = table.CoveringCell(r, c);
                var starts = cell.Column == c && table.Rows[r].Cells.Any(s => ReferenceEquals(s, cell));
                var repeated = body && cell.Column == c && cell.Figure is null;
                texts[c] = starts || repeated ? cell.Print(values) : "";
            }
            yield return string.Join('\t', texts);
        }
    }
}
