using System.Collections.Concurrent;
using System.Text.Json;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// Nests tidy values for JSON: section, then each segment of the row path, then the column. A column named
/// <c>value</c> is written as the row's own value, so <c>rates/disclosureRate/value</c> becomes
/// <c>"rates": { "disclosureRate": 0.5 }</c>. Written as it goes, without building a tree: the shapes list
/// the values of one object together, which <see cref="WriteNested"/> checks.
/// </summary>
public static class TidyJson
{
    public const string ValueColumn = "value";

    private static readonly ConcurrentDictionary<(string Section, string Row), string[]> Paths = new();

    public static void WriteNested(Utf8JsonWriter json, IReadOnlyList<TidyValue> values)
    {
        var open = new List<string>();
        var closed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var path = Paths.GetOrAdd((value.Section, value.Row), key => [key.Section, .. key.Row.Split('/', StringSplitOptions.RemoveEmptyEntries)]);
            var objects = value.Column == ValueColumn ? path[..^1] : path;
            var leaf = value.Column == ValueColumn ? path[^1] : value.Column;

            var common = 0;
            while (common < open.Count && common < objects.Length && open[common] == objects[common])
                common++;
            while (open.Count > common)
            {
                closed.Add(string.Join('/', open));
                open.RemoveAt(open.Count - 1);
                json.WriteEndObject();
            }
            for (var depth = common; depth < objects.Length; depth++)
            {
                open.Add(objects[depth]);
                if (closed.Contains(string.Join('/', open)))
                    throw new InvalidOperationException($"The values of {string.Join('/', open)} are not listed together; the JSON would repeat a member.");
                json.WriteStartObject(objects[depth]);
            }

            json.WritePropertyName(leaf);
            if (value.Value.Text is { } text) json.WriteRawValue(text, skipInputValidation: true);
            else json.WriteNullValue();
        }
        for (var depth = open.Count; depth > 0; depth--)
            json.WriteEndObject();
    }

    /// <summary>The value as CSV text: invariant digits, exact decimals, empty for null.</summary>
    public static string Text(RollupValue value) => value.Text ?? "";
}
