using Disclosure.Domain.Reports;
using Disclosure.Domain.Reviews;
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

/// <summary>One line of a report's history.</summary>
public sealed record RevisionSummary(int Revision, DateTimeOffset SubmittedAt, string SubmittedBy, bool Flagged, string ContentHash);

/// <summary>One current report in a listing.</summary>
public sealed record CurrentReport(string TownshipCode, int Year, string Format, int Revision, bool Flagged, DateTimeOffset SubmittedAt);

/// <summary>One page of current reports: at most the limit asked for, whether more follow it, and how many match over all pages.</summary>
public sealed record CurrentReportsPage(IReadOnlyList<CurrentReport> Reports, bool More, long Total);

/// <summary>
/// The sums of the current reports of one area, year, format, flag and review state. <see cref="Level"/> is the length of
/// <see cref="AreaCode"/>: 0 the nation, 2 a province, 4 a city, 6 a county. <see cref="Sums"/> has one sum per cell of the format.
/// </summary>
public sealed record RollupTotal(int Level, string AreaCode, int Year, string Format, bool Flagged, ReviewState State, long Reports, long[] Sums);
