using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Persistence;

/// <summary>A report to store, with what validation found and who sent it.</summary>
public sealed record Submission(
    Report Report,
    bool Flagged,
    IReadOnlyList<Violation> Violations,
    IReadOnlyList<Warning> Warnings,
    string ContentHash,
    string SubmittedBy,
    DateTimeOffset SubmittedAt);
