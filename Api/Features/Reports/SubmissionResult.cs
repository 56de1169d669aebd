using Disclosure.Domain.Validation;
using Disclosure.Persistence;

namespace Disclosure.Api.Features.Reports;

/// <summary>What a submission came to; <see cref="SubmissionAnswer"/> turns it into HTTP in one place.</summary>
public abstract record SubmissionResult
{
    private SubmissionResult() { }

    /// <summary>Not a report in the contract: the first problems found and how many there are in all.</summary>
    public sealed record Malformed(IReadOnlyList<Problem> Errors, int ErrorCount) : SubmissionResult;

    /// <summary>The key may not submit this township's reports.</summary>
    public sealed record Forbidden(string Detail) : SubmissionResult;

    /// <summary>A well-formed report that cannot be accepted (unknown township, impossible year, identities broken).</summary>
    public sealed record Rejected(IReadOnlyList<Problem> Rejections) : SubmissionResult;

    /// <summary>If-Match did not name the current revision.</summary>
    public sealed record PreconditionFailed(string Detail) : SubmissionResult;

    /// <summary>The county accepted <see cref="Current"/> at <see cref="Since"/>: it must unlock the report before a new revision is stored.</summary>
    public sealed record Locked(StoredRevision Current, DateTimeOffset Since) : SubmissionResult;

    /// <summary>
    /// Stored as a new report, as a new revision, or found identical to the current revision (<see cref="Outcome"/>).
    /// <see cref="Canonical"/> is the report's canonical JSON when it is the stored revision's.
    /// </summary>
    public sealed record Stored(StoredRevision Revision, SubmitOutcome Outcome, ReportBody? Canonical) : SubmissionResult
    {
        public bool Created => Outcome == SubmitOutcome.Created;
    }
}
