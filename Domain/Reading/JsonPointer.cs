namespace Disclosure.Domain.Reading;

/// <summary>RFC 6901 JSON Pointers.</summary>
public static class JsonPointer
{
    public static string Append(string pointer, string member) =>
        $"{pointer}/{member.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    public static string Append(string pointer, int index) => $"{pointer}/{index}";
}
