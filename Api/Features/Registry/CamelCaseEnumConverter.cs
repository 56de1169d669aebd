using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Api.Features.Registry;

/// <summary>
/// Writes an enum by its name in camelCase (<c>county</c>, <c>namePrefix</c>), the one spelling the API gives every
/// word it names (<c>groupBy=county</c>, <c>judgedBy: publishedAt</c>), and reads it back the same way.
/// </summary>
public sealed class CamelCaseEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where T : struct, Enum
{
    /// <summary>The name <paramref name="value"/> is written as.</summary>
    public static string NameOf(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
