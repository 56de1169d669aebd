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
/// written straight from the groups' sums, a page split between the cores: a page of the widest rollup is 183
/// figures × 250 groups, and as CSV it runs to 4 MB.
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

    /// <summary>Below this many groups a page is written on one thread: splitting it costs more than it saves.</summary>
    private const int GroupsPerChunk = 64;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = Problems.ApiJson.Options.Encoder, SkipValidation = true };

    public byte[] Write(Representation representation, RollupFilter filter, GroupPage request, RollupPage page, RollupShape shape, string? next) =>
        representation == Representation.Csv ? WriteCsv(filter, page, shape) : WriteJson(filter, request, page, shape, next);

    private byte[] WriteJson(RollupFilter filter, GroupPage request, RollupPage page, RollupShape shape, string? next)
    {
        var layout = _layouts.GetOrAdd(shape, s => new TidyJson(s));
        using var header = new PooledBuffer(4096);
        using (var json = new Utf8JsonWriter(header, JsonOptions))
        {
            // Left open: the groups follow, written apart and joined with commas, then "]}".
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
        }

        // About 25 bytes a figure: member name, number, punctuation.
        return WriteChunked(header.WrittenSpan, page.Groups, bytesPerGroup: 256 + 25 * shape.Figures.Count, (groups, buffer) =>
        {
            // A chunk is written as an array, so that the writer puts the commas between its groups; Join drops its brackets.
            using var json = new Utf8JsonWriter(buffer, JsonOptions);
            json.WriteStartArray();
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
                layout.Write(json, group);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }, bracketed: true, ","u8, "]}"u8);
    }

    private byte[] WriteCsv(RollupFilter filter, RollupPage page, RollupShape shape)
    {
        using var header = new Csv();
        header.Line(KeyOf(filter, RollupKey.GrandTotal, header: true).Select(k => k.Column).Concat(["section", "row", "column", "value"]));
        // What every line of a figure holds but the group's key and the value, made once for the page.
        var figures = shape.Figures.Select(f => Csv.Fields([f.Section, f.Row, f.Column])).ToArray();
        // Each line: the key (codes and names, a few dozen bytes), the figure's part, a short number and CRLF.
        var bytesPerGroup = (figures.Length + 2) * 64 + figures.Sum(f => f.Length);

        return WriteChunked(header.WrittenSpan, page.Groups, bytesPerGroup, (groups, buffer) =>
        {
            var csv = new Csv(buffer);
            foreach (var group in groups)
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
        }, bracketed: false, [], []);
    }

    /// <summary>
    /// Writes the groups in consecutive chunks, one per core when there are enough of them (the widest page is
    /// megabytes, and the first dashboard to ask waits for all of it), then joins them after
    /// <paramref name="header"/> into the answer (see <see cref="Join"/>).
    /// </summary>
    private static byte[] WriteChunked(
        ReadOnlySpan<byte> header, IReadOnlyList<RollupGroup> groups, int bytesPerGroup, Action<ArraySegment<RollupGroup>, PooledBuffer> write,
        bool bracketed, ReadOnlySpan<byte> separator, ReadOnlySpan<byte> end)
    {
        var all = groups as RollupGroup[] ?? [.. groups];
        var count = Math.Clamp(all.Length / GroupsPerChunk, 1, Environment.ProcessorCount);
        var chunks = new PooledBuffer[count];
        var size = (all.Length + count - 1) / count;
        try
        {
            Parallel.For(0, count, i =>
            {
                var start = Math.Min(i * size, all.Length);
                var length = Math.Min(size, all.Length - start);
                // Sized for the chunk up front: growing a buffer of megabytes copies it each time.
                chunks[i] = new PooledBuffer((int)Math.Min(Array.MaxLength, 4096L + (long)length * bytesPerGroup));
                write(new ArraySegment<RollupGroup>(all, start, length), chunks[i]);
            });
            return Join(header, chunks, bracketed, separator, end);
        }
        finally
        {
            foreach (var chunk in chunks) chunk?.Dispose();
        }
    }

    /// <summary>
    /// The answer in one array: the header, then the chunks that hold anything (without their enclosing brackets when
    /// <paramref name="bracketed"/>) joined by the separator, then the end.
    /// </summary>
    private static byte[] Join(ReadOnlySpan<byte> header, PooledBuffer[] chunks, bool bracketed, ReadOnlySpan<byte> separator, ReadOnlySpan<byte> end)
    {
        var trim = bracketed ? 1 : 0;
        var parts = chunks.Select(c => c.WrittenMemory[trim..^trim]).Where(p => p.Length > 0).ToArray();
        var answer = new byte[header.Length + parts.Sum(p => p.Length) + Math.Max(0, parts.Length - 1) * separator.Length + end.Length];
        var at = 0;
        header.CopyTo(answer);
        at += header.Length;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                separator.CopyTo(answer.AsSpan(at));
                at += separator.Length;
            }
            parts[i].Span.CopyTo(answer.AsSpan(at));
            at += parts[i].Length;
        }
        end.CopyTo(answer.AsSpan(at));
        return answer;
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
