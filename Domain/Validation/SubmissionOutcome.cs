namespace Disclosure.Domain.Validation;

/// <summary>
/// What the checks say about a well-formed report. <see cref="Violations"/> holds every broken identity,
/// acknowledged or not; the unacknowledged ones are also among <see cref="Rejections"/>.
/// </summary>
public sealed record SubmissionOutcome(
    IReadOnlyList<Problem> Rejections,
    IReadOnlyList<Violation> Violations,
    IReadOnlyList<Warning> Warnings)
{
    /// <summary>The report may be stored.</summary>
    public bool Accepted => Rejections.Count == 0;

    /// <summary>The report breaks identities, and the submitter acknowledged every one of them.</summary>
    public bool Flagged { get; init; }
}
