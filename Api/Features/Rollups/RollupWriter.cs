using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Disclosure.Api.Reads;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reviews;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// Writes a page of rollup groups as JSON or tidy CSV from the same figures, so both carry the same numbers.
/// JSON nests each figure by section, row path and column; CSV has one line per group and figure, the group's key,
/// its number of reports, of flagged ones and of each review state in columns of their own. Both are
/// written straight from the groups' sums: a page to keep whole is split between the cores (a page of the widest
/// rollup is 183 figures × 250 groups: docs/PERFORMANCE.md, item 10); a page too large to keep is written to the
/// client a few groups at a time.
/// </summary>
public sealed class RollupWriter(DivisionRegistry registry)
{
    /// <summary>Each level's key column (or the start of its columns' names: <c>countyCode</c>, <c>countyName</c>), in key order.</summary>
    private static readonly (GroupLevel Level, string Column)[] KeyColumns =
        [.. RollupRequest.GroupNames.OrderBy(n => n.Value).Select(n => (n.Value, n.Key))];

    private readonly ConcurrentDictionary<RollupShape, TidyJson> _layouts = new();

    /// <summary>Below this many groups a page is written on one thread: splitting it costs more than it saves.</summary>
    private const int GroupsPerChunk = 64;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = Problems.ApiJson.Options.Encoder, SkipValidation = true };

    /// <summary>
    /// How a page is written: the header, the writer of a run of groups (into a buffer sized from
    /// <paramref name="BytesPerGroup"/>), whether each run comes bracketed (a JSON array whose brackets the joins drop),
    /// what goes between runs, and the end.
    /// </summary>
    private sealed record PageLayout(
        byte[] Header, int BytesPerGroup, Action<ArraySegment<RollupGroup>, PooledBuffer> WriteGroups, bool Bracketed, byte[] Separator, byte[] End);

    /// <summary>The page in one array, to keep.</summary>
    public byte[] Write(Representation representation, RollupFilter filter, GroupPage request, RollupPage page, RollupShape shape, string? next) =>
        WriteChunked(LayoutOf(representation, filter, request, shape, next), page.Groups);

    /// <summary>
    /// The page written to <paramref name="body"/> as its <paramref name="parts"/> are read, <see cref="GroupsPerChunk"/>
    /// groups at a time: never whole in memory.
    /// </summary>
    public async Task WriteAsync(
        Stream body, Representation representation, RollupFilter filter, GroupPage request, IAsyncEnumerable<IReadOnlyList<RollupGroup>> parts,
        RollupShape shape, string? next, CancellationToken cancellationToken)
    {
        var layout = LayoutOf(representation, filter, request, shape, next);
        var trim = layout.Bracketed ? 1 : 0;
        await body.WriteAsync(layout.Header, cancellationToken);
        using var buffer = new PooledBuffer(4096 + GroupsPerChunk * layout.BytesPerGroup);
        var first = true;
        await foreach (var part in parts.WithCancellation(cancellationToken))
        {
            var groups = part as RollupGroup[] ?? [.. part];
            for (var start = 0; start < groups.Length; start += GroupsPerChunk)
            {
                buffer.Clear();
                layout.WriteGroups(new ArraySegment<RollupGroup>(groups, start, Math.Min(GroupsPerChunk, groups.Length - start)), buffer);
                var written = buffer.WrittenMemory[trim..^trim];
                if (written.Length == 0)
                    continue;
                if (!first)
                    await body.WriteAsync(layout.Separator, cancellationToken);
                first = false;
                await ResponseSlices.WriteAsync(body, written, cancellationToken);
            }
        }
        await body.WriteAsync(layout.End, cancellationToken);
    }

    /// <summary>
    /// At most how many bytes a page of <paramref name="groups"/> groups of <paramref name="shape"/> comes to (the
    /// buffers' sizes): what decides whether a page is kept or streamed before it is read.
    /// </summary>
    public static long EstimatedBytes(Representation representation, RollupShape shape, int groups) =>
        (long)groups * (representation == Representation.Csv ? CsvBytesPerGroup(FigureFields(shape)) : JsonBytesPerGroup(shape));

    // About 25 bytes a figure: member name, number, punctuation.
    private static int JsonBytesPerGroup(RollupShape shape) => 256 + 25 * shape.Figures.Count;

    // Each line: the key (codes and names, a few dozen bytes), the figure's part, a short number and CRLF.
    private static int CsvBytesPerGroup(byte[][] figures) => (figures.Length + 2) * 64 + figures.Sum(f => f.Length);

    // What every line of a figure holds but the group's key and the value.
    private static byte[][] FigureFields(RollupShape shape) => shape.Figures.Select(f => CsvWriter.Fields([f.Section, f.Row, f.Column])).ToArray();

    private PageLayout LayoutOf(Representation representation, RollupFilter filter, GroupPage request, RollupShape shape, string? next) =>
        representation == Representation.Csv ? CsvLayout(filter, shape) : JsonLayout(filter, request, shape, next);

    private PageLayout JsonLayout(RollupFilter filter, GroupPage request, RollupShape shape, string? next)
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
            if (filter.AcceptedOnly) json.WriteString("status", ReviewStatus.Accepted); else json.WriteNull("status");
            json.WriteNumber("limit", request.Limit);
            if (next is null) json.WriteNull("next"); else json.WriteString("next", next);
            json.WriteStartArray("groups");
        }

        return new PageLayout(header.WrittenSpan.ToArray(), JsonBytesPerGroup(shape), (groups, buffer) =>
        {
            // A run is written as an array, so that the writer puts the commas between its groups; the joins drop its brackets.
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
                WriteStates(json, group.States);
                layout.Write(json, group);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }, Bracketed: true, ","u8.ToArray(), "]}"u8.ToArray());
    }

    private PageLayout CsvLayout(RollupFilter filter, RollupShape shape)
    {
        using var header = new CsvWriter();
        header.Line(KeyOf(filter, RollupKey.GrandTotal, header: true).Select(k => k.Column)
            .Concat(["reports", "flagged", .. StateNames, "section", "row", "column", "value"]));
        var figures = FigureFields(shape);

        return new PageLayout(header.ToUtf8Bytes(), CsvBytesPerGroup(figures), (groups, buffer) =>
        {
            var csv = new CsvWriter(buffer);
            foreach (var group in groups)
            {
                var key = CsvWriter.Fields(KeyOf(filter, group.Key).Select(k => k.Value)
                    .Concat([group.Reports.ToString(CultureInfo.InvariantCulture), group.Flagged.ToString(CultureInfo.InvariantCulture)])
                    .Concat(ReviewStateCounts.Counted.Select(state => group.States.Of(state).ToString(CultureInfo.InvariantCulture))));
                for (var i = 0; i < figures.Length; i++)
                {
                    csv.Raw(key).Raw(figures[i]);
                    var figure = shape.Figures[i];
                    if (figure.Kind == RollupFigureKind.Count) csv.Number(figure.Total(group));
                    else csv.Raw(figure.ValueOf(group).Text ?? "");
                    csv.EndLine();
                }
            }
        }, Bracketed: false, [], []);
    }

    /// <summary>
    /// Writes the groups in consecutive chunks, one per core when there are enough of them (the widest page is
    /// megabytes, and the first dashboard to ask waits for all of it), then joins them after the header into the
    /// answer (see <see cref="Join"/>).
    /// </summary>
    private static byte[] WriteChunked(PageLayout layout, IReadOnlyList<RollupGroup> groups)
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
                chunks[i] = new PooledBuffer((int)Math.Min(Array.MaxLength, 4096L + (long)length * layout.BytesPerGroup));
                layout.WriteGroups(new ArraySegment<RollupGroup>(all, start, length), chunks[i]);
            });
            return Join(layout.Header, chunks, layout.Bracketed, layout.Separator, layout.End);
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

    /// <summary>The group's key columns: the year, and each grouped division's code and name (<c>countyCode</c>, <c>countyName</c>).</summary>
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
            columns.Add((column + "Code", code ?? ""));
            columns.Add((column + "Name", header || code is null ? "" : registry.Find(code)?.Name ?? ""));
        }
        return columns;
    }

    /// <summary>The review states a group counts, in the order its columns and members come.</summary>
    public static readonly string[] StateNames = [.. ReviewStateCounts.Counted.Select(ReviewNames.Of)];

    /// <summary><c>"states": { "submitted": n, "accepted": n, "returned": n }</c>: how many of the reports summed are in each review state.</summary>
    public static void WriteStates(Utf8JsonWriter json, ReviewStateCounts states)
    {
        json.WriteStartObject("states");
        foreach (var state in ReviewStateCounts.Counted)
            json.WriteNumber(ReviewNames.Of(state), states.Of(state));
        json.WriteEndObject();
    }

    private static void WriteYear(Utf8JsonWriter json, string name, int? year)
    {
        if (year is { } y) json.WriteNumber(name, y); else json.WriteNull(name);
    }

    public static string NameOf(GroupLevel level) => RollupRequest.GroupNames.Single(n => n.Value == level).Key;
}
