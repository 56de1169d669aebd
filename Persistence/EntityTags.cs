namespace Disclosure.Persistence;

/// <summary>Entity tags of stored revisions; the API reads If-Match into an <see cref="ExpectedRevision"/>.</summary>
public static class EntityTags
{
    /// <summary><c>"{revision}-{first 16 characters of the content hash}"</c>, quotes included.</summary>
    public static string For(int revision, string contentHash) => $"\"{revision}-{ContentOf(contentHash)}\"";

    /// <summary>The part of a revision's tag that names its content: the first 16 characters of its hash, in lower case.</summary>
    public static string ContentOf(string contentHash) => contentHash[..Math.Min(16, contentHash.Length)].ToLowerInvariant();

    /// <summary>
    /// The tag of a revision's answer that also shows how the report's review and explanations stand: the revision's
    /// own tag while there are none, else that tag with their number after a dot (<c>"2-0123456789abcdef.3"</c>). Both
    /// are kept only ever growing, so a review or an explanation changes the tag and a cached answer is not reused.
    /// </summary>
    public static string WithReview(string revisionTag, int reviewChanges) =>
        reviewChanges == 0 ? revisionTag : $"{revisionTag[..^1]}.{reviewChanges}\"";
}
