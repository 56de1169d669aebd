using System.Text.Json;
using Disclosure.Api.Reads;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Printing;

namespace Disclosure.Api.Features.Tables;

/// <summary>
/// Writes <see cref="TablesAnswer"/> as JSON a page renders without knowing the format: per table its grid of columns and
/// its rows of cells, each a text or a value with its spans. Values are JSON numbers written exactly (amounts in 万元
/// with their decimals, never through a binary float).
/// </summary>
public static class TablesJson
{
    public static byte[] Write(TablesAnswer answer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Problems.ApiJson.Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("area", answer.Area);
            json.WriteString("areaName", answer.AreaName);
            json.WriteNumber("year", answer.Year);
            json.WriteBoolean("excludeFlagged", answer.ExcludeFlagged);
            if (answer.AcceptedOnly) json.WriteString("status", ReviewStatus.Accepted); else json.WriteNull("status");
            json.WriteString("title", answer.Title);
            json.WriteStartArray("formats");
            foreach (var set in answer.Sets)
                WriteSet(json, set);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>One set of tables on its own, e.g. a format's blank form (every figure 0, no report summed).</summary>
    public static byte[] WriteSet(TableSet set)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Problems.ApiJson.Options.Encoder }))
            WriteSet(json, set);
        return buffer.ToArray();
    }

    private static void WriteSet(Utf8JsonWriter json, TableSet set)
    {
        json.WriteStartObject();
        json.WriteString("format", set.Format.Id);
        json.WriteString("layout", set.LayoutId);
        json.WriteNumber("reports", set.Reports);
        json.WriteNumber("flagged", set.Flagged);
        Rollups.RollupWriter.WriteStates(json, set.States
            ?? throw new InvalidOperationException("Tables summed from current reports say how many of each review state they sum."));
        json.WriteString("caption", set.Caption);
        json.WriteStartArray("notes");
        foreach (var note in set.Notes)
            json.WriteStringValue(note);
        json.WriteEndArray();
        json.WriteStartArray("tables");
        foreach (var table in set.Printed.Tables)
            WriteTable(json, table, set.Values);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter json, PrintedTable table, IReadOnlyList<long> values)
    {
        json.WriteStartObject();
        json.WriteString("number", table.Number);
        json.WriteString("title", table.Title);
        json.WriteString("heading", table.Heading);
        json.WriteNumber("headerRows", table.LeadingHeaderRows);
        json.WriteStartArray("columns");
        for (var c = 0; c < table.ColumnCount; c++)
        {
            json.WriteStartObject();
            json.WriteString("kind", table.IsLabelColumn(c) ? "label" : "figure");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            json.WriteString("kind", KindName(row.Kind));
            json.WriteStartArray("cells");
            foreach (var cell in row.Cells)
                WriteCell(json, cell, values);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter json, PrintedTableCell cell, IReadOnlyList<long> values)
    {
        json.WriteStartObject();
        json.WriteNumber("column", cell.Column);
        json.WriteNumber("rowSpan", cell.RowSpan);
        json.WriteNumber("columnSpan", cell.ColumnSpan);
        if (cell.Figure is { } figure)
        {
            json.WritePropertyName("value");
            json.WriteRawValue(cell.Print(values), skipInputValidation: true);
            if (figure.Kind == CellKind.AmountFen)
                json.WriteString("unit", "万元");
            json.WriteString("cell", figure.Pointer);
        }
        else
            json.WriteString("text", cell.Text);
        json.WriteEndObject();
    }

    /// <summary>The name of a row kind in the JSON: caption, header, body.</summary>
    public static string KindName(PrintedRowKind kind) => kind switch
    {
        PrintedRowKind.Caption => "caption",
        PrintedRowKind.Header => "header",
        _ => "body",
    };
}
