namespace Disclosure.Persistence;

/// <summary>Entity tags of stored revisions, and If-Match as RFC 9110 compares them (strong comparison).</summary>
public static class EntityTags
{
    /// <summary><c>"{revision}-{first 16 characters of the content hash}"</c>, quotes included.</summary>
    public static string For(int revision, string contentHash) =>
        $"\"{revision}-{contentHash[..Math.Min(16, contentHash.Length)].ToLowerInvariant()}\"";

    /// <summary>
    /// Whether an If-Match value lets a write go ahead: <c>*</c> when a current revision exists, otherwise one of
    /// its comma-separated tags equals the current one. Weak tags (<c>W/"…"</c>) never match.
    /// </summary>
    public static bool Matches(string ifMatch, string? currentETag)
    {
        if (currentETag is null) return false;
        foreach (var part in ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "*" || string.Equals(part, currentETag, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
