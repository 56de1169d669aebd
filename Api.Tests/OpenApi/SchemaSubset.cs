using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Disclosure.Api.Tests.OpenApi;

/// <summary>
/// A validator of the JSON Schema subset an OpenAPI 3.0 document uses: type and nullable, properties, required,
/// additionalProperties, items, enum, oneOf, anyOf, allOf, $ref (within the document), pattern, minimum/maximum,
/// minLength/maxLength, minItems/maxItems, format date and date-time. A keyword it does not know is an error, so
/// that nothing is silently left unchecked.
/// </summary>
public sealed class SchemaSubset(JsonObject document)
{
    private static readonly HashSet<string> Annotations = ["description", "title", "example", "examples", "discriminator", "readOnly", "writeOnly", "deprecated", "default"];
    private static readonly HashSet<string> UncheckedFormats = ["int32", "int64", "double", "float", "binary", "uri", "email", "uuid", "byte"];

    /// <summary>The node a local reference (<c>#/components/schemas/X</c>) names.</summary>
    public JsonNode Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
            throw new InvalidOperationException($"Only local references are supported: {reference}");
        JsonNode? node = document;
        foreach (var part in reference[2..].Split('/'))
            node = node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        return node ?? throw new InvalidOperationException($"{reference} names nothing.");
    }

    /// <summary>Every way <paramref name="value"/> breaks <paramref name="schema"/>, each with the JSON Pointer of the value.</summary>
    public List<string> Errors(JsonNode schema, JsonNode? value, string at = "")
    {
        var errors = new List<string>();
        Check(schema.AsObject(), value, at, errors);
        return errors;
    }

    private void Check(JsonObject schema, JsonNode? value, string at, List<string> errors)
    {
        if (schema["$ref"] is { } reference)
        {
            Check(Resolve((string)reference!).AsObject(), value, at, errors);
            return;
        }
        foreach (var (keyword, _) in schema)
        {
            if (!Annotations.Contains(keyword) && keyword is not ("type" or "nullable" or "properties" or "required" or "additionalProperties" or "items"
                    or "enum" or "oneOf" or "anyOf" or "allOf" or "pattern" or "minimum" or "maximum" or "minLength" or "maxLength"
                    or "minItems" or "maxItems" or "format"))
                throw new InvalidOperationException($"The validator does not know the keyword {keyword} (at {at}).");
        }

        if (value is null)
        {
            // null is allowed by nullable: true, or by a schema that says nothing of the value's type.
            var nullable = (bool?)schema["nullable"] == true || !schema.Any(k => k.Key is "type" or "oneOf" or "anyOf" or "allOf" or "enum");
            if (!nullable)
                errors.Add($"{at}: null is not allowed");
            return;
        }

        if (schema["type"] is { } type && !HasType(value, (string)type!))
        {
            errors.Add($"{at}: expected {type}, got {value.GetValueKind()}");
            return;
        }
        if (schema["enum"] is JsonArray allowed && !allowed.Any(option => JsonNode.DeepEquals(option, value)))
            errors.Add($"{at}: {value.ToJsonString()} is not one of {allowed.ToJsonString()}");

        foreach (var sub in schema["allOf"]?.AsArray() ?? [])
            Check(sub!.AsObject(), value, at, errors);
        if (schema["oneOf"] is JsonArray oneOf)
        {
            var passing = oneOf.Count(sub => Errors(sub!, value, at).Count == 0);
            if (passing != 1)
                errors.Add($"{at}: matches {passing} of the oneOf schemas, not exactly one");
        }
        if (schema["anyOf"] is JsonArray anyOf && !anyOf.Any(sub => Errors(sub!, value, at).Count == 0))
            errors.Add($"{at}: matches none of the anyOf schemas");

        switch (value)
        {
            case JsonObject obj:
                CheckObject(schema, obj, at, errors);
                break;
            case JsonArray array:
                if (schema["minItems"] is { } minItems && array.Count < (int)minItems) errors.Add($"{at}: fewer than {minItems} items");
                if (schema["maxItems"] is { } maxItems && array.Count > (int)maxItems) errors.Add($"{at}: more than {maxItems} items");
                if (schema["items"] is JsonObject items)
                    for (var i = 0; i < array.Count; i++) Check(items, array[i], $"{at}/{i}", errors);
                break;
            case JsonValue scalar when scalar.GetValueKind() == System.Text.Json.JsonValueKind.String:
                CheckString(schema, (string)scalar!, at, errors);
                break;
            case JsonValue scalar when scalar.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                var number = decimal.Parse(scalar.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (schema["minimum"] is { } minimum && number < Number(minimum)) errors.Add($"{at}: {number} is below the minimum {minimum}");
                if (schema["maximum"] is { } maximum && number > Number(maximum)) errors.Add($"{at}: {number} is above the maximum {maximum}");
                break;
        }
    }

    private void CheckObject(JsonObject schema, JsonObject obj, string at, List<string> errors)
    {
        var properties = schema["properties"]?.AsObject();
        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!obj.ContainsKey((string)required!)) errors.Add($"{at}: {required} is required");
        }
        foreach (var (name, member) in obj)
        {
            if (properties?[name] is JsonObject propertySchema)
                Check(propertySchema, member, $"{at}/{name}", errors);
            else if (schema["additionalProperties"] is JsonValue additional && !(bool)additional)
                errors.Add($"{at}: {name} is not allowed");
            else if (schema["additionalProperties"] is JsonObject additionalSchema)
                Check(additionalSchema, member, $"{at}/{name}", errors);
        }
    }

    private static void CheckString(JsonObject schema, string text, string at, List<string> errors)
    {
        if (schema["pattern"] is { } pattern && !Regex.IsMatch(text, (string)pattern!, RegexOptions.None, TimeSpan.FromSeconds(1)))
            errors.Add($"{at}: \"{text}\" does not match {pattern}");
        if (schema["minLength"] is { } minLength && text.Length < (int)minLength) errors.Add($"{at}: shorter than {minLength}");
        if (schema["maxLength"] is { } maxLength && text.Length > (int)maxLength) errors.Add($"{at}: longer than {maxLength}");
        switch ((string?)schema["format"])
        {
            case "date" when !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                errors.Add($"{at}: \"{text}\" is not a date (YYYY-MM-DD)");
                break;
            case "date-time" when !Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
                                  || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                errors.Add($"{at}: \"{text}\" is not a date-time (RFC 3339)");
                break;
            case null or "date" or "date-time":
                break;
            case { } other when !UncheckedFormats.Contains(other):
                throw new InvalidOperationException($"The validator does not know the format {other} (at {at}).");
        }
    }

    private static bool HasType(JsonNode value, string type) => (type, value.GetValueKind()) switch
    {
        ("object", System.Text.Json.JsonValueKind.Object) => true,
        ("array", System.Text.Json.JsonValueKind.Array) => true,
        ("string", System.Text.Json.JsonValueKind.String) => true,
        ("boolean", System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False) => true,
        ("number", System.Text.Json.JsonValueKind.Number) => true,
        ("integer", System.Text.Json.JsonValueKind.Number) => decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == decimal.Truncate(n),
        _ => false,
    };

    private static decimal Number(JsonNode node) =>
        decimal.Parse(node.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string)node! : node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
