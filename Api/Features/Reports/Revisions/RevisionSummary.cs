namespace Disclosure.Api.Features.Reports.Revisions;

public sealed class RevisionSummary
{
    public required int Revision { get; init; }
    public required DateTime SubmittedAt { get; init; }

    /// <summary>The id of the key that submitted it (<c>admin</c> for the county's admin key).</summary>
    public required string SubmittedBy { get; init; }

    public required bool Flagged { get; init; }
}
