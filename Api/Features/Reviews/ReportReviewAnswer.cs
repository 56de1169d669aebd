using Disclosure.Domain.Reviews;
using Disclosure.Persistence;

namespace Disclosure.Api.Features.Reviews;

/// <summary>
/// A revision's review as answered: the <see cref="Response"/>, the findings it leaves <see cref="Unexplained"/>, and
/// how many review changes and explanations the report has (<see cref="Changes"/>), which its answers' tags show.
/// </summary>
public sealed record ReportReviewAnswer(ReviewResponse Response, IReadOnlyList<Finding> Unexplained, int Changes)
{
    /// <summary>The tag of an answer that holds <paramref name="revision"/> with this review.</summary>
    public string ETagOf(StoredRevision revision) => EntityTags.WithReview(revision.ETag, Changes);
}
