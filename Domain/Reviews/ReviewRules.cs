namespace Disclosure.Domain.Reviews;

/// <summary>Which review actions each state allows, and the state each leaves behind.</summary>
public static class ReviewRules
{
    /// <summary>The most characters a review's reason or an explanation may have.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The state <paramref name="action"/> leaves a report in <paramref name="from"/>; null when it is not allowed there.</summary>
    public static ReviewState? After(ReviewState from, ReviewAction action) => (from, action) switch
    {
        (ReviewState.Submitted or ReviewState.Returned, ReviewAction.Accepted) => ReviewState.Accepted,
        (ReviewState.Submitted, ReviewAction.Returned) => ReviewState.Returned,
        (ReviewState.Accepted, ReviewAction.Unlocked) => ReviewState.Submitted,
        (not ReviewState.Withdrawn, ReviewAction.Withdrawn) => ReviewState.Withdrawn,
        (ReviewState.Returned or ReviewState.Withdrawn, ReviewAction.Resubmitted) => ReviewState.Submitted,
        _ => null,
    };

    /// <summary>Whether a new revision may replace the current one: an accepted report is locked until it is unlocked.</summary>
    public static bool AcceptsRevisions(ReviewState state) => state != ReviewState.Accepted;

    /// <summary>Whether a report in <paramref name="state"/> counts in listings, rollups and completeness.</summary>
    public static bool Counts(ReviewState state) => state != ReviewState.Withdrawn;

    /// <summary>Whether <paramref name="action"/> must say why.</summary>
    public static bool NeedsReason(ReviewAction action) => action is ReviewAction.Returned or ReviewAction.Unlocked or ReviewAction.Withdrawn;
}
