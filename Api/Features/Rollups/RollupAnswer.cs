using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Disclosure.Api.Features.Reads;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// Writes a page of rollup groups as JSON or tidy CSV from the same figures, so both carry the same numbers.
/// JSON nests each figure by section, row path and column; CSV has one line per group and figure. Both are
/// written straight from the groups' sums: a page of the widest rollup is 180 figures × 1,000 groups.
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

    private readonly ConcurrentDictionary<RollupShape, TidyJson> _layouts = new();

    public byte[] Write(Representation representation, RollupFilter filter, GroupPage request, RollupPage page, RollupShape shape, string? next) =>
        representation == Representation.Csv ? WriteCsv(filter, page, shape) : WriteJson(filter, request, page, shape, next);

    private byte[] WriteJson(RollupFilter filter, GroupPage request, RollupPage page, RollupShape shape, string? next)
    {
        var layout = _layouts.GetOrAdd(shape, s => new TidyJson(s));
        // About 5 KB a group for the widest rollup: sized once, not grown by doubling through megabytes.
        using var buffer = new PooledBuffer(Math.Max(4096, page.Groups.Count * 5 * 1024));
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
            json.WriteNumber("limit", request.Limit);
            if (next is null) json.WriteNull("next"); else json.WriteString("next", next);
            json.WriteStartArray("groups");
            foreach (var group in page.Groups)
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
                layout.Write(json, group);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private byte[] WriteCsv(RollupFilter filter, RollupPage page, RollupShape shape)
    {
        using var csv = new Csv();
        var keyHeader = KeyOf(filter, RollupKey.GrandTotal, header: true).Select(k => k.Column);
        csv.Line(keyHeader.Concat(["section", "row", "column", "value"]));
        // What every line of a figure holds but the group's key and the value, made once for the page.
        var figures = shape.Figures.Select(f => Csv.Fields([f.Section, f.Row, f.Column])).ToArray();
        foreach (var group in page.Groups)
        {
            var key = Csv.Fields(KeyOf(filter, group.Key).Select(k => k.Value));
            csv.Raw(key).Raw("group,reports,count,"u8).Number(group.Reports).EndLine();
            csv.Raw(key).Raw("group,flagged,count,"u8).Number(group.Flagged).EndLine();
            for (var i = 0; i < figures.Length; i++)
            {
                csv.Raw(key).Raw(figures[i]);
                var figure = shape.Figures[i];
                if (figure.Kind == FigureKind.Count) csv.Number(figure.Total(group));
                else csv.Raw(figure.ValueOf(group).Text ?? "");
                csv.EndLine();
            }
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
