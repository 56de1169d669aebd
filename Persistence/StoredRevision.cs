using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Persistence;

/// <summary>One stored revision of a township's report for a year.</summary>
public sealed record StoredRevision(
    string TownshipCode,
    int Year,
    int Revision,
    string Format,
    DateTimeOffset SubmittedAt,
    string SubmittedBy,
    bool Flagged,
    string ContentHash,
    Report Report,
    IReadOnlyList<Violation> Violations,
    IReadOnlyList<Warning> Warnings)
{
    /// <summary>A strong entity tag, quoted, that changes with every revision.</summary>
    public string ETag => EntityTags.For(Revision, ContentHash);
}
