using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Importing;

/// <summary>
/// What the importer read from a published document: the format and layout of its tables, its title, and the
/// figures of the three national tables with where each came from; what it noted, what it could not read, and
/// what it did not find. A non-empty <see cref="NotFound"/> means the document was not recognised as a report.
/// </summary>
public sealed class ImportedReport
{
    private readonly IReadOnlyDictionary<string, long> _values;

    internal ImportedReport(IReadOnlyDictionary<string, long> values) => _values = values;

    public ReportFormat? Format { get; init; }

    /// <summary>The layout found: <c>2019</c>, <c>2021</c> or <c>2021-undivided-other</c>.</summary>
    public ReportLayout? Layout { get; init; }

    /// <summary>The report's title as printed, e.g. <c>上屯镇人民政府2020年政府信息公开工作年度报告</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The body the title names, without 人民政府/办事处/政府: <c>上屯镇</c>, <c>淮安市洪泽区</c>.</summary>
    public string? BodyName { get; init; }

    /// <summary>The year the title names.</summary>
    public int? Year { get; init; }

    /// <summary>The document's publication date from its metadata, else the date under its signature.</summary>
    public DateOnly? PublishedAt { get; init; }

    public IReadOnlyList<CellSource> Sources { get; init; } = [];

    /// <summary>Pointers of the blank cells read as 0 (blank optional totals are derived instead, and noted).</summary>
    public IReadOnlyList<string> Blanks { get; init; } = [];

    public IReadOnlyList<ImportNote> Notes { get; init; } = [];

    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    public IReadOnlyList<MissingPart> NotFound { get; init; } = [];

    /// <summary>
    /// The import as a contract report's JSON for <paramref name="townshipCode"/> and <paramref name="year"/>: its format,
    /// its tables (<see cref="WriteTables"/>), the publication date the document gave and the rules the submitter
    /// acknowledges, for <see cref="Reading.ReportReader"/> to read and check as it does any report.
    /// </summary>
    public byte[] ToReportJson(string townshipCode, int year, IReadOnlyList<string> acknowledgedRules)
    {
        var buffer = new ArrayBufferWriter<byte>(8 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("townshipCode", townshipCode);
            writer.WriteNumber("year", year);
            writer.WriteString("format", Format!.Id);
            WriteTables(writer);
            if (PublishedAt is { } published)
                writer.WriteString("publishedAt", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteStartArray("acknowledgedRules");
            foreach (var rule in acknowledgedRules) writer.WriteStringValue(rule);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the members <c>proactiveDisclosure</c>, <c>applications</c> and <c>reviewLitigation</c> of the contract
    /// JSON in the layout's shape. Amounts are in 万元. A cell not read (a blank optional total, a cell with a problem, a
    /// row not found) is left out: the reader derives a total, and reports any other member missing.
    /// </summary>
    public void WriteTables(Utf8JsonWriter writer)
    {
        if (Layout is null) return;
        foreach (var section in Layout.Shape.Children) Write(writer, section);
    }

    private void Write(Utf8JsonWriter writer, ShapeNode node)
    {
        if (node.Cell is { } cell)
        {
            if (!_values.TryGetValue(cell.Pointer, out var value)) return;
            writer.WritePropertyName(node.EncodedName);
            if (cell.Kind == CellKind.AmountFen) writer.WriteRawValue(Amounts.FenToWanText(value));
            else writer.WriteNumberValue(value);
            return;
        }
        if (!HasValueUnder(node)) return;
        writer.WriteStartObject(node.EncodedName);
        foreach (var child in node.Children) Write(writer, child);
        writer.WriteEndObject();
    }

    private bool HasValueUnder(ShapeNode node) =>
        node.Cell is { } cell ? _values.ContainsKey(cell.Pointer) : node.Children.Any(HasValueUnder);
}
