namespace Disclosure.Persistence;

/// <summary>Entity tags of stored revisions, and If-Match as RFC 9110 compares them (strong comparison).</summary>
public static class EntityTags
{
    /// <summary><c>"{revision}-{first 16 characters of the content hash}"</c>, quotes included.</summary>
    public static string For(int revision, string contentHash) =>
        $"\"{revision}-{contentHash[..Math.Min(16, contentHash.Length)].ToLowerInvariant()}\"";

    /// <summary>
    /// The tag of a revision's answer that also shows how the report's review and explanations stand: the revision's
    /// own tag while there are none, else that tag with their number after a dot (<c>"2-0123456789abcdef.3"</c>). Both
    /// are kept only ever growing, so a review or an explanation changes the tag and a cached answer is not reused.
    /// </summary>
    public static string WithReview(string revisionTag, int reviewChanges) =>
        reviewChanges == 0 ? revisionTag : $"{revisionTag[..^1]}.{reviewChanges}\"";

    /// <summary>
    /// Whether an If-Match value lets a write go ahead: <c>*</c> when a current revision exists, otherwise one of
    /// its comma-separated tags equals the current one, or is the current one <see cref="WithReview"/> (a review
    /// does not change the report's content). Weak tags (<c>W/"…"</c>) never match.
    /// </summary>
    public static bool Matches(string ifMatch, string? currentETag)
    {
        if (currentETag is null) return false;
        foreach (var part in ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "*" || string.Equals(part, currentETag, StringComparison.Ordinal))
                return true;
            if (part.StartsWith(currentETag[..^1] + ".", StringComparison.Ordinal) && part.EndsWith('"')
                && int.TryParse(part.AsSpan(currentETag.Length, part.Length - currentETag.Length - 1), System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out _))
                return true;
        }
        return false;
    }
}
