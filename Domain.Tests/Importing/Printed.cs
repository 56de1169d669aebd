using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Disclosure.Domain.Importing;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Tests.Importing;

/// <summary>Printed documents for the importer's tests, written compactly, and the import read back through the contract reader.</summary>
internal static partial class Printed
{
    /// <summary>A text document: lines on <c>\n</c>, cells on <c>\t</c>, exactly as the text reader makes them.</summary>
    public static PrintedDocument Text(string text) =>
        new("text", [.. text.Split('\n').Select((line, i) => new PrintedRow([.. line.TrimEnd('\r').Split('\t').Select(c => new PrintedCell(c))], $"line {i + 1}"))]);

    /// <summary>
    /// A PDF-like document: one line per row, words separated by <c> | </c>, each <c>text@x</c> (x where the word stands).
    /// </summary>
    public static PrintedDocument Pdf(string lines) =>
        new("pdf", [.. lines.Split('\n').Where(l => l.Trim().Length > 0).Select((line, i) => new PrintedRow(
            [.. line.Split(" | ").Select(word => Word().Match(word.Trim()) is { Success: true } m
                ? new PrintedCell(m.Groups[1].Value, double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
                : new PrintedCell(word.Trim()))], $"page 1, line {i + 1}"))]);

    /// <summary>
    /// An HTML-like document: cells on <c>\t</c>; a cell written <c>^text</c> is a copy of a merged cell; <c>⏎</c> is a
    /// line break and <c>~</c> a non-breaking space inside a cell.
    /// </summary>
    public static PrintedDocument Html(string text) =>
        new("html", [.. text.Split('\n').Select((line, i) => new PrintedRow(
            [.. line.Split('\t').Select(c => c.Replace('⏎', '\n').Replace('~', '\u00A0')).Select(c => c.StartsWith('^') ? new PrintedCell(c[1..], SpannedCopy: true) : new PrintedCell(c))],
            $"row {i + 1}"))]);

    /// <summary>The import's tables as a contract report (township, year and format added), read by <see cref="ReportReader"/>.</summary>
    public static ReadResult ReadBack(ImportedReport imported, string townshipCode = "411328110", int year = 2020) =>
        ReportReader.Read(imported.ToReportJson(townshipCode, year, []));

    public static string TablesJson(ImportedReport imported)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            imported.WriteTables(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The report's values of the three tables' cells, by pointer.</summary>
    public static Dictionary<string, long> Tables(Report report) =>
        report.Format.Cells.Where(c => !c.Derived && c.Section is "proactiveDisclosure" or "applications" or "reviewLitigation")
            .ToDictionary(c => c.Pointer, c => report[c]);

    [GeneratedRegex(@"^(.*)@(-?[\d.]+)$")]
    private static partial Regex Word();
}
