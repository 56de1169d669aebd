using Disclosure.Api.Features.Reviews;
using Disclosure.Domain.Validation;
using Disclosure.Persistence;

namespace Disclosure.Api.Features.Reports;

/// <summary>What a submission came to; <see cref="Http.SubmissionResponses"/> turns it into HTTP in one place.</summary>
public abstract record SubmissionResult
{
    private SubmissionResult() { }

    /// <summary>Not a report in the contract: the first problems found and how many there are in all.</summary>
    public sealed record Malformed(IReadOnlyList<Problem> Errors, int ErrorCount) : SubmissionResult;

    /// <summary>The key may not submit this township's reports.</summary>
    public sealed record Forbidden(string Detail) : SubmissionResult;

    /// <summary>A well-formed report that cannot be accepted (unknown township, impossible year, identities broken).</summary>
    public sealed record Rejected(IReadOnlyList<Problem> Rejections) : SubmissionResult;

    /// <summary>The current revision of the township's report for the year, <see cref="Current"/> (null when there is none), is not the one expected.</summary>
    public sealed record PreconditionFailed(string TownshipCode, int Year, StoredRevision? Current) : SubmissionResult;

    /// <summary>The county accepted <see cref="Current"/> at <see cref="Since"/>: it must unlock the report before a new revision is stored.</summary>
    public sealed record Locked(StoredRevision Current, DateTimeOffset Since) : SubmissionResult;

    /// <summary>
    /// Stored as a new report, as a new revision, or found identical to the current revision (<see cref="Outcome"/>).
    /// <see cref="Canonical"/> is the report's canonical JSON when it is the stored revision's. <see cref="Review"/> is the
    /// report's review afterwards when the submission was of a report's JSON (its answer shows it); null for an import.
    /// </summary>
    public sealed record Stored(StoredRevision Revision, SubmitOutcome Outcome, ReportBody? Canonical) : SubmissionResult
    {
        public bool Created => Outcome == SubmitOutcome.Created;

        public ReportReviewAnswer? Review { get; init; }
    }
}
