using System.Text.Json;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// Nests tidy values for JSON: section, then each segment of the row path, then the column. A column named
/// <c>value</c> is written as the row's own value, so <c>rates/disclosureRate/value</c> becomes
/// <c>"rates": { "disclosureRate": 0.5 }</c>.
/// </summary>
public static class TidyJson
{
    public const string ValueColumn = "value";

    public static void WriteNested(Utf8JsonWriter json, IReadOnlyList<TidyValue> values)
    {
        var root = new Node();
        foreach (var value in values)
        {
            var node = root.Child(value.Section);
            foreach (var segment in value.Row.Split('/', StringSplitOptions.RemoveEmptyEntries))
                node = node.Child(segment);
            if (value.Column == ValueColumn)
                node.Value = value.Value;
            else
                node.Child(value.Column).Value = value.Value;
        }
        foreach (var (name, child) in root.Children)
        {
            json.WritePropertyName(name);
            Write(json, child);
        }
    }

    /// <summary>The value as CSV text: invariant digits, exact decimals, empty for null.</summary>
    public static string Text(RollupValue value) => value.Text ?? "";

    private static void Write(Utf8JsonWriter json, Node node)
    {
        if (node.Value is { } value)
        {
            if (value.Text is { } text) json.WriteRawValue(text, skipInputValidation: true);
            else json.WriteNullValue();
            return;
        }
        json.WriteStartObject();
        foreach (var (name, child) in node.Children)
        {
            json.WritePropertyName(name);
            Write(json, child);
        }
        json.WriteEndObject();
    }

    private sealed class Node
    {
        public OrderedDictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);
        public RollupValue? Value { get; set; }

        public Node Child(string name)
        {
            if (!Children.TryGetValue(name, out var child))
                Children[name] = child = new Node();
            return child;
        }
    }
}
