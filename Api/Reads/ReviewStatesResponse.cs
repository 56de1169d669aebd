using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Reads;

/// <summary>
/// How many of the reports summed or counted are in each review state; they add up to the reports (a withdrawn report
/// counts nowhere). The same object in every rollup group, the tables and completeness.
/// </summary>
public sealed class ReviewStatesResponse
{
    /// <summary>Awaiting the county's review.</summary>
    public required long Submitted { get; init; }

    /// <summary>Accepted by the county.</summary>
    public required long Accepted { get; init; }

    /// <summary>Returned by the county and not yet revised.</summary>
    public required long Returned { get; init; }

    public static ReviewStatesResponse From(ReviewStateCounts states) => new()
    {
        Submitted = states.Submitted,
        Accepted = states.Accepted,
        Returned = states.Returned,
    };
}
