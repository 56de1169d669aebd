namespace Disclosure.Domain.Reviews;

/// <summary>The one spelling of review states, actions and kinds of finding: on the wire and in the database alike.</summary>
public static class ReviewNames
{
    public static string Of(ReviewState state) => state switch
    {
        ReviewState.Submitted => "submitted",
        ReviewState.Accepted => "accepted",
        ReviewState.Returned => "returned",
        ReviewState.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string Of(ReviewAction action) => action switch
    {
        ReviewAction.Accepted => "accepted",
        ReviewAction.Returned => "returned",
        ReviewAction.Unlocked => "unlocked",
        ReviewAction.Withdrawn => "withdrawn",
        ReviewAction.Resubmitted => "resubmitted",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.Warning => "warning",
        FindingKind.Violation => "violation",
        FindingKind.Outlier => "outlier",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParseState(string? name, out ReviewState state)
    {
        foreach (var candidate in Enum.GetValues<ReviewState>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.Ordinal))
            {
                state = candidate;
                return true;
            }
        }
        state = default;
        return false;
    }

    public static bool TryParseAction(string? name, out ReviewAction action)
    {
        foreach (var candidate in Enum.GetValues<ReviewAction>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.Ordinal))
            {
                action = candidate;
                return true;
            }
        }
        action = default;
        return false;
    }

    public static ReviewState ParseState(string name) =>
        TryParseState(name, out var state) ? state : throw new FormatException($"\"{name}\" is not a review state.");
}
