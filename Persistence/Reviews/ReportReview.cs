using Disclosure.Domain.Reviews;

namespace Disclosure.Persistence.Reviews;

/// <summary>A report's review state, its current revision and every change of the state, oldest first.</summary>
public sealed record ReportReview(ReviewState State, int Revision, IReadOnlyList<ReviewEntry> History)
{
    /// <summary>The change that put the report in its state; null for a report never reviewed nor resubmitted.</summary>
    public ReviewEntry? Last => History.Count == 0 ? null : History[^1];
}
