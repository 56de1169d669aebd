using Disclosure.Domain.Reviews;
using Disclosure.Domain.Validation;
using Disclosure.Persistence;

namespace Disclosure.Api.Features.Reviews;

/// <summary>
/// A revision's review as answered: the <see cref="Response"/>, the findings it leaves <see cref="Unexplained"/>, how
/// many review changes and explanations the report has (<see cref="Changes"/>), which its answers' tags show, and the
/// revision's <see cref="Outliers"/> as read for its findings (null for an older revision), so that an answer showing
/// them does not read the county again.
/// </summary>
public sealed record ReportReviewAnswer(ReviewResponse Response, IReadOnlyList<Finding> Unexplained, int Changes, IReadOnlyList<Warning>? Outliers)
{
    /// <summary>The tag of an answer that holds <paramref name="revision"/> with this review.</summary>
    public string ETagOf(StoredRevision revision) => EntityTags.WithReview(revision.ETag, Changes);
}
