using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Disclosure.Api.Features.Reads;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// Writes rollup groups as JSON or tidy CSV from the same tidy values, so both carry the same numbers.
/// JSON nests each value by section, row path and column; CSV has one line per group and value.
/// </summary>
public sealed class RollupAnswer(DivisionRegistry registry)
{
    private static readonly (GroupLevel Level, string Column)[] KeyColumns =
    [
        (GroupLevel.Year, "year"),
        (GroupLevel.Province, "province"),
        (GroupLevel.City, "city"),
        (GroupLevel.County, "county"),
        (GroupLevel.Township, "township"),
    ];

    public byte[] Write(Representation representation, RollupFilter filter, IReadOnlyList<RollupGroup> groups, Func<RollupGroup, IReadOnlyList<TidyValue>> shape) =>
        representation == Representation.Csv ? WriteCsv(filter, groups, shape) : WriteJson(filter, groups, shape);

    private byte[] WriteJson(RollupFilter filter, IReadOnlyList<RollupGroup> groups, Func<RollupGroup, IReadOnlyList<TidyValue>> shape)
    {
        // About 6 KB a group for the widest rollup: sized once, not grown by doubling through megabytes.
        var buffer = new ArrayBufferWriter<byte>(Math.Max(4096, groups.Count * 6 * 1024));
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Problems.ApiJson.Options.Encoder, SkipValidation = true }))
        {
            json.WriteStartObject();
            if (filter.Area is null) json.WriteNull("area"); else json.WriteString("area", filter.Area);
            WriteYear(json, "from", filter.FromYear);
            WriteYear(json, "to", filter.ToYear);
            json.WriteStartArray("groupBy");
            foreach (var level in filter.GroupBy)
                json.WriteStringValue(NameOf(level));
            json.WriteEndArray();
            json.WriteBoolean("excludeFlagged", filter.ExcludeFlagged);
            json.WriteStartArray("groups");
            TidyJson.Layout? layout = null;
            foreach (var group in groups)
            {
                json.WriteStartObject();
                json.WriteStartObject("key");
                foreach (var (column, value) in KeyOf(filter, group.Key))
                {
                    if (column == "year") json.WriteNumber(column, int.Parse(value, CultureInfo.InvariantCulture));
                    else json.WriteString(column, value);
                }
                json.WriteEndObject();
                json.WriteNumber("reports", group.Reports);
                json.WriteNumber("flagged", group.Flagged);
                var values = shape(group);
                if (layout is null || !layout.Fits(values))
                    layout = TidyJson.Layout.Of(values);
                layout.Write(json, values);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private byte[] WriteCsv(RollupFilter filter, IReadOnlyList<RollupGroup> groups, Func<RollupGroup, IReadOnlyList<TidyValue>> shape)
    {
        var csv = new Csv();
        var keyHeader = KeyOf(filter, new RollupKey(null, null, null, null, null), header: true).Select(k => k.Column);
        csv.Line(keyHeader.Concat(["section", "row", "column", "value"]));
        foreach (var group in groups)
        {
            var key = KeyOf(filter, group.Key).Select(k => k.Value).ToList();
            csv.Line(key.Concat(["group", "reports", "count", group.Reports.ToString(CultureInfo.InvariantCulture)]));
            csv.Line(key.Concat(["group", "flagged", "count", group.Flagged.ToString(CultureInfo.InvariantCulture)]));
            foreach (var value in shape(group))
                csv.Line(key.Concat([value.Section, value.Row, value.Column, TidyJson.Text(value.Value)]));
        }
        return csv.ToUtf8Bytes();
    }

    /// <summary>The group's key columns: the year, and each grouped division's code and name.</summary>
    private List<(string Column, string Value)> KeyOf(RollupFilter filter, RollupKey key, bool header = false)
    {
        var columns = new List<(string, string)>();
        foreach (var (level, column) in KeyColumns)
        {
            if (!filter.GroupBy.Contains(level))
                continue;
            if (level == GroupLevel.Year)
            {
                columns.Add((column, key.Year?.ToString(CultureInfo.InvariantCulture) ?? ""));
                continue;
            }
            var code = level switch
            {
                GroupLevel.Province => key.Province,
                GroupLevel.City => key.City,
                GroupLevel.County => key.County,
                _ => key.Township,
            };
            columns.Add((column, code ?? ""));
            columns.Add((column + "Name", header || code is null ? "" : registry.Find(code)?.Name ?? ""));
        }
        return columns;
    }

    private static void WriteYear(Utf8JsonWriter json, string name, int? year)
    {
        if (year is { } y) json.WriteNumber(name, y); else json.WriteNull(name);
    }

    public static string NameOf(GroupLevel level) => RollupRequest.GroupNames.Single(n => n.Value == level).Key;
}
