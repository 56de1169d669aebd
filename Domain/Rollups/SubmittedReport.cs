using Disclosure.Domain.Reviews;

namespace Disclosure.Domain.Rollups;

/// <summary>
/// A township's current report for a year, as completeness sees it: when its first revision arrived (later
/// revisions do not move it), the date the township published it, when the report says, and where it stands in the
/// county's review (never withdrawn: a withdrawn report is no report), with why and when it was returned.
/// </summary>
public sealed record SubmittedReport(string TownshipCode, DateTimeOffset FirstSubmittedAt, DateOnly? PublishedAt = null)
{
    public ReviewState State { get; init; } = ReviewState.Submitted;

    /// <summary>Set when <see cref="State"/> is returned.</summary>
    public ReturnedFor? Returned { get; init; }

    /// <summary>The publication date when the report has one (a report back-filled years later keeps its own), else the arrival.</summary>
    public JudgedBy JudgedBy => PublishedAt is null ? JudgedBy.FirstSubmittedAt : JudgedBy.PublishedAt;

    /// <summary>
    /// On time when the day that judged it (<see cref="JudgedOn"/>) is 31 January of the next year or earlier: a first
    /// arrival before <see cref="Completeness.DeadlineFor"/> is one on that day or before in China.
    /// </summary>
    public bool IsOnTime(int year) => JudgedOn <= Completeness.LastDayFor(year);

    /// <summary>The day that judged it: the publication date, else the day it first arrived, in China (where the deadline falls).</summary>
    public DateOnly JudgedOn => PublishedAt ?? Completeness.ChinaDateOf(FirstSubmittedAt);
}
