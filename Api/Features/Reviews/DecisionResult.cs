using Disclosure.Domain.Reviews;
using Disclosure.Persistence;

namespace Disclosure.Api.Features.Reviews;

/// <summary>What a review decision or a withdrawal came to; <see cref="Http.DecisionResponses"/> turns it into HTTP in one place.</summary>
public abstract record DecisionResult
{
    private DecisionResult() { }

    /// <summary>The state changed and the change is recorded: the report's review <see cref="Answer"/> afterwards.</summary>
    public sealed record Done(StoredRevision Revision, ReportReviewAnswer Answer) : DecisionResult;

    /// <summary>The township has no report for the year.</summary>
    public sealed record NotFound : DecisionResult;

    /// <summary>The revision named is not the current one, <see cref="Current"/>: nothing changed.</summary>
    public sealed record Stale(int Named, int Current) : DecisionResult;

    /// <summary>The report's <see cref="State"/> does not allow <see cref="Action"/>: nothing changed.</summary>
    public sealed record NotAllowed(ReviewState State, ReviewAction Action) : DecisionResult;

    /// <summary>Acceptance of a revision whose findings are not all explained, without an override: nothing changed.</summary>
    public sealed record NeedsOverride(int Revision, IReadOnlyList<Finding> Unexplained) : DecisionResult;
}
