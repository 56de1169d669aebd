using Disclosure.Domain.Reviews;

namespace Disclosure.Domain.Quality;

/// <summary>
/// The kinds of <see cref="QualityItem"/>, in the order the worklist totals them. An open list: a kind added later is
/// one more name here, not a new shape.
/// </summary>
public static class QualityKinds
{
    /// <summary>An identity (A1, A2, A3, R1) the report breaks, acknowledged by the submitter: the report is flagged.</summary>
    public const string Violation = "violation";

    /// <summary>A report the county returned, with its reason, that the township has not revised yet.</summary>
    public const string Returned = "returned";

    /// <summary>A township of the registry with no report for the year.</summary>
    public const string Missing = "missing";

    /// <summary>O1–O3, computed when read.</summary>
    public const string Outlier = "outlier";

    /// <summary>A warning stored with the report: X1–X4 against the previous year, a format used outside its years, 规章 from a township.</summary>
    public const string Warning = "warning";

    public static IReadOnlyList<string> All { get; } = [Violation, Returned, Missing, Outlier, Warning];

    /// <summary>Whether items of <paramref name="kind"/> are findings a township explains: a <see cref="FindingKind"/> by its name.</summary>
    public static bool IsFinding(string kind) => Enum.GetValues<FindingKind>().Any(k => ReviewNames.Of(k) == kind);
}
