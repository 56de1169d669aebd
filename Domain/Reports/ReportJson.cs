using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Reports;

/// <summary>
/// Writes a report as the contract JSON, every total filled in, members in the contract's order. The
/// output is canonical, so two submissions of the same figures have the same bytes and hash.
/// </summary>
public static class ReportJson
{
    private static readonly JsonWriterOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter writer, Report report)
    {
        writer.WriteStartObject();
        writer.WriteString("townshipCode", report.TownshipCode);
        writer.WriteNumber("year", report.Year);
        writer.WriteString("format", report.Format.Id);
        foreach (var section in report.Layout.Shape.Children)
            WriteNode(writer, section, report);
        if (report.Publications is { } publications) WritePublications(writer, publications);
        if (report.Narrative is { } narrative) WriteNarrative(writer, narrative);
        if (report.PublishedAt is { } publishedAt) writer.WriteString("publishedAt", publishedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteStartArray("acknowledgedRules");
        foreach (var rule in report.AcknowledgedRules) writer.WriteStringValue(rule);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static byte[] ToUtf8Bytes(Report report) => Written(report).WrittenSpan.ToArray();

    /// <summary>SHA-256 of the canonical bytes, lowercase hex.</summary>
    public static string ContentHash(Report report) => ContentHash(Written(report).WrittenSpan);

    /// <summary>The content hash of canonical bytes already written by <see cref="ToUtf8Bytes"/>.</summary>
    public static string ContentHash(ReadOnlySpan<byte> canonical) => Convert.ToHexStringLower(SHA256.HashData(canonical));

    // A report is a few KB of JSON, written into one buffer per thread, kept and reused: its bytes are copied out
    // (ToUtf8Bytes) or hashed in place (ContentHash) before the thread writes another report into it.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;

    private static ArrayBufferWriter<byte> Written(Report report)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(8 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Canonical))
            Write(writer, report);
        return buffer;
    }

    private static void WriteNode(Utf8JsonWriter writer, ShapeNode node, Report report)
    {
        writer.WritePropertyName(node.EncodedName);
        if (node.Cell is { } cell)
        {
            if (cell.Kind == CellKind.AmountFen) writer.WriteRawValue(Amounts.FenToWanText(report[cell]));
            else writer.WriteNumberValue(report[cell]);
            return;
        }
        writer.WriteStartObject();
        foreach (var child in node.Children) WriteNode(writer, child, report);
        writer.WriteEndObject();
    }

    private static void WritePublications(Utf8JsonWriter writer, Publications publications)
    {
        writer.WriteStartObject("publications");
        if (publications.PolicyInterpretations is { } interpretations) writer.WriteNumber("policyInterpretations", interpretations);
        writer.WriteStartArray("keyDomains");
        foreach (var item in publications.KeyDomains)
        {
            writer.WriteStartObject();
            writer.WriteString("domain", item.Domain);
            writer.WriteNumber("items", item.Items);
            if (item.Label is not null) writer.WriteString("label", item.Label);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNarrative(Utf8JsonWriter writer, Narrative narrative)
    {
        writer.WriteStartObject("narrative");
        if (narrative.Problems is not null) writer.WriteString("problems", narrative.Problems);
        if (narrative.OtherMatters is not null) writer.WriteString("otherMatters", narrative.OtherMatters);
        writer.WriteEndObject();
    }
}
