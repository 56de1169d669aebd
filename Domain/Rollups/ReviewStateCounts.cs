using Disclosure.Domain.Reviews;

namespace Disclosure.Domain.Rollups;

/// <summary>
/// How many of the reports summed are in each review state that counts. A withdrawn report counts nowhere, so there is
/// no count of them: the three add up to every report summed.
/// </summary>
public readonly record struct ReviewStateCounts(long Submitted, long Accepted, long Returned)
{
    /// <summary>These counts with <paramref name="reports"/> more in <paramref name="state"/>.</summary>
    public ReviewStateCounts Add(ReviewState state, long reports) => state switch
    {
        ReviewState.Submitted => this with { Submitted = checked(Submitted + reports) },
        ReviewState.Accepted => this with { Accepted = checked(Accepted + reports) },
        ReviewState.Returned => this with { Returned = checked(Returned + reports) },
        _ => throw new ArgumentException("A withdrawn report counts nowhere.", nameof(state)),
    };

    /// <summary>The count of <paramref name="state"/>.</summary>
    public long Of(ReviewState state) => state switch
    {
        ReviewState.Submitted => Submitted,
        ReviewState.Accepted => Accepted,
        ReviewState.Returned => Returned,
        _ => 0,
    };

    public static ReviewStateCounts operator +(ReviewStateCounts a, ReviewStateCounts b) =>
        new(checked(a.Submitted + b.Submitted), checked(a.Accepted + b.Accepted), checked(a.Returned + b.Returned));

    /// <summary>The states that count, in the order every answer lists them.</summary>
    public static IReadOnlyList<ReviewState> Counted { get; } = [ReviewState.Submitted, ReviewState.Accepted, ReviewState.Returned];
}
