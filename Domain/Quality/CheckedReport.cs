using Disclosure.Domain.Reports;
using Disclosure.Domain.Reviews;
using Disclosure.Domain.Rollups;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Quality;

/// <summary>
/// A township's current report with what was found when it was stored (its acknowledged violations and its warnings),
/// its review state (with the county's reason and when, while it is returned) and the explanations in force for its revision.
/// </summary>
public sealed record CheckedReport(Report Report, int Revision, IReadOnlyList<Violation> Violations, IReadOnlyList<Warning> Warnings)
{
    public ReviewState State { get; init; } = ReviewState.Submitted;

    /// <summary>Why and when the county returned it; null unless <see cref="State"/> is returned.</summary>
    public ReturnedFor? Returned { get; init; }

    public IReadOnlyList<FindingExplanation> Explanations { get; init; } = [];
}
