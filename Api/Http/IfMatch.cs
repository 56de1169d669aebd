using System.Globalization;
using Disclosure.Persistence;

namespace Disclosure.Api.Http;

/// <summary>
/// Reads If-Match (RFC 9110, strong comparison) into the revision a write expects: <c>*</c> any current revision;
/// otherwise each strong tag names a revision, as its own tag or as the tag of an answer that showed its review
/// (<see cref="EntityTags.WithReview"/>: a review does not change the report's content). Weak tags (<c>W/"…"</c>)
/// and tags of no revision name nothing, so an If-Match of only those is met by no revision.
/// </summary>
public static class IfMatch
{
    /// <summary>The request's If-Match as it was sent (several headers joined by commas); null when there is none.</summary>
    public static string? Of(HttpRequest request) => request.Headers.IfMatch.ToString() is { Length: > 0 } header ? header : null;

    /// <summary>The revision the request expects; null when it sends no If-Match.</summary>
    public static ExpectedRevision? ExpectedBy(HttpRequest request) => Parse(request.Headers.IfMatch.ToString());

    /// <summary>The revision an If-Match value expects; null for none (or an empty one).</summary>
    public static ExpectedRevision? Parse(string? header)
    {
        if (string.IsNullOrEmpty(header))
            return null;
        var named = new List<ExpectedRevision.Named>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "*")
                return ExpectedRevision.AnyCurrent;
            if (part.Length < 2 || part[0] != '"' || part[^1] != '"')
                continue;
            var opaque = part[1..^1];
            if (Named(opaque) is { } tag)
                named.Add(tag);
            // "2-0123456789abcdef.3": the revision's tag with the number of its review's changes.
            var dot = opaque.LastIndexOf('.');
            if (dot >= 0 && int.TryParse(opaque.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                && Named(opaque[..dot]) is { } reviewed)
                named.Add(reviewed);
        }
        return ExpectedRevision.OneOf(named);
    }

    /// <summary>The revision an opaque tag <c>{revision}-{content}</c> (<see cref="EntityTags.For"/>) names, written exactly as that writes it.</summary>
    private static ExpectedRevision.Named? Named(string opaque)
    {
        var dash = opaque.IndexOf('-');
        if (dash <= 0 || !int.TryParse(opaque.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            || revision.ToString(CultureInfo.InvariantCulture) != opaque[..dash])
            return null;
        return new ExpectedRevision.Named(revision, opaque[(dash + 1)..]);
    }
}
