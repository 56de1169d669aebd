namespace Disclosure.Persistence;

/// <summary>
/// The revision a conditional submission expects to replace: whichever is current (<see cref="AnyCurrent"/>), or one
/// of <see cref="Revisions"/>, each named by its number and the content part of its entity tag
/// (<see cref="EntityTags.ContentOf"/>). A report with no current revision (never filed, or withdrawn) meets none.
/// </summary>
public sealed class ExpectedRevision
{
    private ExpectedRevision(bool anyCurrent, IReadOnlyList<Named> revisions)
    {
        IsAnyCurrent = anyCurrent;
        Revisions = revisions;
    }

    /// <summary>Any current revision, as long as there is one.</summary>
    public static ExpectedRevision AnyCurrent { get; } = new(true, []);

    /// <summary>One of <paramref name="revisions"/>; none at all is an expectation no revision meets.</summary>
    public static ExpectedRevision OneOf(IEnumerable<Named> revisions) => new(false, [.. revisions]);

    public bool IsAnyCurrent { get; }

    public IReadOnlyList<Named> Revisions { get; }

    /// <summary>Whether the current revision, <paramref name="revision"/> with <paramref name="contentHash"/>, is the one expected.</summary>
    public bool IsMetBy(int revision, string contentHash)
    {
        if (IsAnyCurrent) return true;
        var content = EntityTags.ContentOf(contentHash);
        return Revisions.Any(r => r.Revision == revision && string.Equals(r.Content, content, StringComparison.Ordinal));
    }

    /// <summary>A revision by its number and the content part of its entity tag.</summary>
    public sealed record Named(int Revision, string Content);
}
