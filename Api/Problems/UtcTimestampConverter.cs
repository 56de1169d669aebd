using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Api.Problems;

/// <summary>
/// Every instant the API writes, one way: UTC with a Z and seven decimals of the second, as the database keeps it
/// (<c>2021-01-15T08:30:00.0000000Z</c>), never trimmed to fewer digits on one answer than on another.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTime>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTime.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Write(value));

    /// <summary>An instant as every answer writes it, for the text of a message.</summary>
    public static string Write(DateTimeOffset instant) => Write(instant.UtcDateTime);

    private static string Write(DateTime value) => value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture);
}
