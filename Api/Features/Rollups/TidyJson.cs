using System.Text.Json;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// Nests tidy values for JSON: section, then each segment of the row path, then the column. A column named
/// <c>value</c> is written as the row's own value, so <c>rates/disclosureRate/value</c> becomes
/// <c>"rates": { "disclosureRate": 0.5 }</c>. Every group of a rollup has the same values in the same order,
/// so the nesting is worked out once (a <see cref="Layout"/>) and each group only writes its numbers.
/// </summary>
public static class TidyJson
{
    public const string ValueColumn = "value";

    /// <summary>The value as CSV text: invariant digits, exact decimals, empty for null.</summary>
    public static string Text(RollupValue value) => value.Text ?? "";

    /// <summary>How one list of tidy values nests: objects to open and close, and where each value goes.</summary>
    public sealed class Layout
    {
        private enum Step { Open, Close, Value }

        private readonly TidyValue[] _pattern;
        private readonly (Step Step, JsonEncodedText Name, int Index)[] _steps;

        private Layout(TidyValue[] pattern, (Step, JsonEncodedText, int)[] steps)
        {
            _pattern = pattern;
            _steps = steps;
        }

        /// <summary>The layout of <paramref name="values"/>; the values of one object must be listed together.</summary>
        public static Layout Of(IReadOnlyList<TidyValue> values)
        {
            var steps = new List<(Step, JsonEncodedText, int)>();
            var open = new List<string>();
            var closed = new HashSet<string>(StringComparer.Ordinal);
            for (var index = 0; index < values.Count; index++)
            {
                var value = values[index];
                string[] path = [value.Section, .. value.Row.Split('/', StringSplitOptions.RemoveEmptyEntries)];
                var objects = value.Column == ValueColumn ? path[..^1] : path;
                var leaf = value.Column == ValueColumn ? path[^1] : value.Column;

                var common = 0;
                while (common < open.Count && common < objects.Length && open[common] == objects[common])
                    common++;
                while (open.Count > common)
                {
                    closed.Add(string.Join('/', open));
                    open.RemoveAt(open.Count - 1);
                    steps.Add((Step.Close, default, -1));
                }
                for (var depth = common; depth < objects.Length; depth++)
                {
                    open.Add(objects[depth]);
                    if (closed.Contains(string.Join('/', open)))
                        throw new InvalidOperationException($"The values of {string.Join('/', open)} are not listed together; the JSON would repeat a member.");
                    steps.Add((Step.Open, JsonEncodedText.Encode(objects[depth]), -1));
                }
                steps.Add((Step.Value, JsonEncodedText.Encode(leaf), index));
            }
            steps.AddRange(open.Select(_ => (Step.Close, default(JsonEncodedText), -1)));
            return new Layout([.. values], [.. steps]);
        }

        /// <summary>Whether <paramref name="values"/> name the same cells, in the same order, as this layout's.</summary>
        public bool Fits(IReadOnlyList<TidyValue> values)
        {
            if (values.Count != _pattern.Length)
                return false;
            for (var i = 0; i < values.Count; i++)
            {
                var (a, b) = (values[i], _pattern[i]);
                if (!Same(a.Section, b.Section) || !Same(a.Row, b.Row) || !Same(a.Column, b.Column))
                    return false;
            }
            return true;
        }

        public void Write(Utf8JsonWriter json, IReadOnlyList<TidyValue> values)
        {
            foreach (var (step, name, index) in _steps)
            {
                switch (step)
                {
                    case Step.Open:
                        json.WriteStartObject(name);
                        break;
                    case Step.Close:
                        json.WriteEndObject();
                        break;
                    default:
                        json.WritePropertyName(name);
                        WriteValue(json, values[index].Value);
                        break;
                }
            }
        }

        private static bool Same(string a, string b) => ReferenceEquals(a, b) || string.Equals(a, b, StringComparison.Ordinal);

        private static void WriteValue(Utf8JsonWriter json, RollupValue value)
        {
            if (value is RollupValue.Count count) json.WriteNumberValue(count.Value);
            else if (value.Text is { } text) json.WriteRawValue(text, skipInputValidation: true);
            else json.WriteNullValue();
        }
    }
}
