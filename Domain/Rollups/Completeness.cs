using Disclosure.Domain.Registry;
using Disclosure.Domain.Reviews;

namespace Disclosure.Domain.Rollups;

/// <summary>Which townships reported, and on time: by 31 January of the next year (条例 art. 50).</summary>
public static class Completeness
{
    /// <summary>China Standard Time: the deadline is the end of 31 January where the townships are.</summary>
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>
    /// The first instant that is late for a report on <paramref name="year"/>: 1 February of the next year, 00:00
    /// China Standard Time (UTC+8), i.e. 31 January 16:00 UTC. A first revision before it is on time.
    /// </summary>
    public static DateTimeOffset DeadlineFor(int year) => new(LastDayFor(year).AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaStandardTime);

    /// <summary>31 January of the next year: the last day a report on <paramref name="year"/> is published on time.</summary>
    public static DateOnly LastDayFor(int year) => new(year + 1, 1, 31);

    /// <summary>The date in China (China Standard Time) at <paramref name="at"/>: the day the deadline judges.</summary>
    public static DateOnly ChinaDateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaStandardTime).DateTime);

    /// <summary>
    /// Completeness of <paramref name="year"/> under <paramref name="area"/> (a code prefix, or null for the nation).
    /// Expected are the registry's township-level units under the area; a submission counts only when its township
    /// is one of them. On time means published by <see cref="LastDayFor"/> when the report says when it was published,
    /// else that the first revision arrived before <see cref="DeadlineFor"/> (<see cref="SubmittedReport.IsOnTime"/>).
    /// <paramref name="submitted"/> are the reports that count (withdrawn ones are none), or the accepted ones alone
    /// when <paramref name="acceptedOnly"/>.
    /// </summary>
    public static CompletenessResult Of(
        DivisionRegistry registry, string? area, int year, IReadOnlyList<SubmittedReport> submitted, bool acceptedOnly = false)
    {
        var deadline = DeadlineFor(year);
        var byCode = new Dictionary<string, SubmittedReport>(StringComparer.Ordinal);
        foreach (var report in submitted)
            byCode.TryAdd(report.TownshipCode, report);

        int expected = 0, reported = 0, onTime = 0;
        var missing = new List<MissingTownship>();
        var late = new List<LateTownship>();
        var returned = new List<ReturnedTownship>();
        var states = default(ReviewStateCounts);
        foreach (var township in registry.TownshipsUnder(area ?? ""))
        {
            expected++;
            if (!byCode.TryGetValue(township.Code, out var report))
            {
                missing.Add(new MissingTownship(township.Code, township.Name));
                continue;
            }
            if (acceptedOnly && report.State != ReviewState.Accepted)
                throw new ArgumentException($"Only accepted reports are counted, and {report.TownshipCode}'s is {ReviewNames.Of(report.State)}.", nameof(submitted));
            reported++;
            states = states.Add(report.State, 1);
            if (report.State == ReviewState.Returned)
                returned.Add(new ReturnedTownship(township.Code, township.Name, report.Returned));
            if (report.IsOnTime(year)) onTime++;
            else late.Add(new LateTownship(township.Code, township.Name, report));
        }

        return new CompletenessResult(area, year, acceptedOnly, deadline, expected, reported, onTime, states, missing, late, returned,
            RollupValue.Rate.Of(reported, expected).Value, RollupValue.Rate.Of(onTime, expected).Value);
    }
}
