using System.Collections.Frozen;
using Disclosure.Domain.Reviews;

namespace Disclosure.Persistence.Reviews;

/// <summary>
/// Review states as the reads find them in <c>reports.review_state</c> and <c>rollup_totals.state</c>: spelt as
/// <see cref="ReviewNames"/> spells them, looked up without allocating, since a rollup by township reads one per report.
/// </summary>
internal static class StoredReviewStates
{
    private static readonly FrozenDictionary<string, ReviewState> ByName =
        Enum.GetValues<ReviewState>().ToFrozenDictionary(ReviewNames.Of, StringComparer.Ordinal);

    /// <summary>The stored name of the only state that <c>status=accepted</c> sums.</summary>
    public static readonly string Accepted = ReviewNames.Of(ReviewState.Accepted);

    public static ReviewState Parse(string name) =>
        ByName.TryGetValue(name, out var state) ? state : throw new InvalidOperationException($"\"{name}\" is not a review state.");
}
