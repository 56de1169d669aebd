namespace Disclosure.Persistence;

/// <summary>
/// What a submission did. <see cref="Current"/> is the current revision afterwards: the new one for
/// Created and Revised, the existing one for Unchanged, PreconditionFailed and Locked (null when there is none).
/// </summary>
public sealed record SubmitResult(SubmitOutcome Outcome, StoredRevision? Current)
{
    /// <summary>For Locked: when the county accepted the current revision.</summary>
    public DateTimeOffset? LockedSince { get; init; }
}
