using System.Text.Json;

namespace Disclosure.Api.Problems;

/// <summary>The service's JSON conventions: camelCase, nulls left out unless a member says otherwise.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new UtcTimestampConverter());
        // Chinese names and labels, and quotes in messages, are written as themselves rather than as \uXXXX
        // escapes. The answers are JSON documents, never embedded in HTML, so the relaxed encoder is safe here.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }
}
