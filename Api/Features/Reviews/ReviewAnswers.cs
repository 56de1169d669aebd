using Disclosure.Api.Features.Explanations;
using Disclosure.Domain.Reviews;
using Disclosure.Persistence;
using Disclosure.Persistence.Explanations;
using Disclosure.Persistence.Reviews;

namespace Disclosure.Api.Features.Reviews;

/// <summary>Puts together a stored revision's review: the report's state and last change, and the revision's findings explained and not.</summary>
public sealed class ReviewAnswers(ReviewStore reviews, ExplanationStore explanations, ReportFindings findings)
{
    public async Task<ReportReviewAnswer> OfAsync(StoredRevision revision, CancellationToken ct) =>
        await OfAsync(revision, await findings.OfAsync(revision, ct), ct);

    /// <summary>The review of <paramref name="revision"/>, whose findings are known already (a submission's, say).</summary>
    public async Task<ReportReviewAnswer> OfAsync(StoredRevision revision, RevisionFindings found, CancellationToken ct)
    {
        // A report is never deleted: the revision read is a report's, so the report is there.
        var review = await reviews.GetAsync(revision.TownshipCode, revision.Year, ct)
            ?? throw new InvalidOperationException($"{revision.TownshipCode}/{revision.Year} has a revision but no report.");
        var kept = await explanations.ListAsync(revision.TownshipCode, revision.Year, ct);
        return Answer(review, kept, revision, found);
    }

    /// <summary>
    /// The review of a report that a submission has just created with its revision 1: it has no review change and no
    /// explanation yet (both need a report; a withdrawn report filed anew is revision 2 or later), so nothing
    /// is read: it is made of its findings alone. A review that came in since the write is in the next answer, as one that
    /// came in after any read is.
    /// </summary>
    public static ReportReviewAnswer OfNewReport(StoredRevision revision, RevisionFindings found)
    {
        if (revision.Revision != 1)
            throw new ArgumentException($"A new report's revision is 1, not {revision.Revision}.", nameof(revision));
        return Answer(new ReportReview(ReviewState.Submitted, revision.Revision, []), [], revision, found);
    }

    private static ReportReviewAnswer Answer(ReportReview review, IReadOnlyList<Explanation> kept, StoredRevision revision, RevisionFindings found)
    {
        var inForce = kept.Where(e => e.IsInForceFor(revision.Revision)).ToList();
        var explained = inForce.Select(e => new FindingExplanation(e.Code, e.Pointer, e.Text)).ToList();
        var unexplained = found.All.Where(f => Findings.ExplanationOf(f, explained) is null).ToList();

        var last = review.Last;
        var response = new ReviewResponse
        {
            State = ReviewNames.Of(review.State),
            Revision = last?.Revision,
            Action = last is null ? null : ReviewNames.Of(last.Action),
            Reason = last?.Reason,
            Overrode = last?.Overrode ?? false,
            At = last?.At.UtcDateTime,
            By = last?.By,
            Explanations = [.. inForce.Select(ResponseOf)],
            Unexplained = [.. unexplained.Select(ResponseOf)],
        };
        return new ReportReviewAnswer(response, unexplained, review.History.Count + kept.Count, found.Outliers);
    }

    public static ExplanationResponse ResponseOf(Explanation e) => new()
    {
        Revision = e.Revision,
        Code = e.Code,
        Pointer = e.Pointer,
        Text = e.Text,
        At = e.At.UtcDateTime,
        By = e.By,
        Superseded = e.Superseded,
    };

    public static FindingResponse ResponseOf(Finding f) => new()
    {
        Kind = ReviewNames.Of(f.Kind),
        Code = f.Code,
        Pointer = f.Pointer,
        Message = f.Message,
    };
}
