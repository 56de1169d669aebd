using System.Globalization;

namespace Disclosure.Persistence;

/// <summary>How instants are stored: UTC, ISO 8601 with a 'Z', 100 ns precision, so that text order is time order.</summary>
internal static class Clock
{
    private const string StoredFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(StoredFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string stored) =>
        new(DateTime.ParseExact(stored, StoredFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);
}
