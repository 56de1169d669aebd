using Disclosure.Domain.Registry;
using Disclosure.Domain.Reviews;
using Disclosure.Domain.Rollups;

namespace Disclosure.Persistence.Tests.Rollups;

public class CompletenessTests
{
    // The official list the Api ships (copied to the test output, see DivisionsCsvTests).
    private static readonly DivisionRegistry Registry = DivisionsCsv.Load(Path.Combine(AppContext.BaseDirectory, "Data", "divisions"));

    private static readonly DateTimeOffset Deadline2020 = new(2021, 1, 31, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_deadline_is_the_end_of_31_January_China_time()
    {
        Assert.Equal(Deadline2020, Completeness.DeadlineFor(2020));
        Assert.Equal(new DateTimeOffset(2021, 2, 1, 0, 0, 0, TimeSpan.FromHours(8)), Completeness.DeadlineFor(2020));
    }

    [Fact]
    public void The_states_of_the_reports_counted_and_the_returned_townships_with_why_and_when()
    {
        var at = new DateTimeOffset(2021, 1, 15, 8, 30, 0, TimeSpan.Zero);
        var returnedAt = new DateTimeOffset(2021, 2, 3, 1, 0, 0, TimeSpan.Zero);
        SubmittedReport[] submitted =
        [
            new("411328110", at) { State = ReviewState.Accepted },
            new("411328111", at) { State = ReviewState.Returned, Returned = new ReturnedFor("表三不平", returnedAt) },
            new("411328112", at),
            new("411321100", at) { State = ReviewState.Returned, Returned = new ReturnedFor("不在县内", returnedAt) },   // 南召县: not under the area
        ];

        var result = Completeness.Of(Registry, "411328", 2020, submitted);

        Assert.False(result.AcceptedOnly);
        Assert.Equal(3, result.Submitted);
        Assert.Equal(new ReviewStateCounts(Submitted: 1, Accepted: 1, Returned: 1), result.States);
        Assert.Equal([new ReturnedTownship("411328111", "毕店镇", new ReturnedFor("表三不平", returnedAt))], result.Returned);
        // Only accepted reports may be counted when only accepted ones are asked for.
        Assert.Throws<ArgumentException>(() => Completeness.Of(Registry, "411328", 2020, submitted, acceptedOnly: true));
        var accepted = Completeness.Of(Registry, "411328", 2020, [submitted[0]], acceptedOnly: true);
        Assert.Equal((true, 1, 23, new ReviewStateCounts(0, 1, 0)), (accepted.AcceptedOnly, accepted.Submitted, accepted.Missing.Count, accepted.States));
    }

    [Fact]
    public void Tanghe_county_with_four_reports_lists_the_twenty_missing()
    {
        SubmittedReport[] submitted =
        [
            new("411328110", new DateTimeOffset(2021, 1, 15, 8, 30, 0, TimeSpan.Zero)),
            new("411328111", Deadline2020.AddTicks(-1)),          // 23:59:59.9999999 on 31 January in China: on time
            new("411328001", Deadline2020),                       // 00:00 on 1 February in China: late
            new("411328311", new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.Zero)),
            new("411321100", new DateTimeOffset(2021, 1, 2, 0, 0, 0, TimeSpan.Zero)),   // 南召县: not under the area
            new("411328999", new DateTimeOffset(2021, 1, 2, 0, 0, 0, TimeSpan.Zero)),   // not in the registry
        ];

        var result = Completeness.Of(Registry, "411328", 2020, submitted);

        Assert.Equal(24, result.Expected);
        Assert.Equal(4, result.Submitted);
        Assert.Equal(2, result.OnTime);
        Assert.Equal(Deadline2020, result.Deadline);
        Assert.Equal(0.166667m, result.Rate);       // 4 / 24
        Assert.Equal(0.083333m, result.OnTimeRate); // 2 / 24
        Assert.Equal(
        [
            "411328002 文峰街道", "411328003 东兴街道", "411328004 兴唐街道", "411328005 泗洲街道",
            "411328101 源潭镇", "411328102 张店镇", "411328103 郭滩镇", "411328104 湖阳镇", "411328105 黑龙镇",
            "411328106 大河屯镇", "411328107 龙潭镇", "411328108 桐寨铺镇", "411328109 苍台镇",
            "411328112 少拜寺镇", "411328113 祁仪镇", "411328114 马振抚镇",
            "411328300 城郊乡", "411328301 桐河乡", "411328306 昝岗乡", "411328309 古城乡",
        ], result.Missing.Select(m => $"{m.Code} {m.Name}"));
    }

    [Fact]
    public void A_back_filled_report_is_on_time_by_its_publication_date_not_by_when_it_arrived()
    {
        var arrivedYearsLater = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
        SubmittedReport[] submitted =
        [
            new("411328110", arrivedYearsLater, new DateOnly(2021, 1, 31)),   // published on the last day: on time
            new("411328111", arrivedYearsLater, new DateOnly(2021, 2, 1)),    // published a day late
            new("411328001", Deadline2020.AddDays(-10), new DateOnly(2021, 3, 5)),  // arrived early, but published late
            new("411328311", arrivedYearsLater),                              // no publication date: judged by arrival
        ];

        var result = Completeness.Of(Registry, "411328", 2020, submitted);

        Assert.Equal((4, 1), (result.Submitted, result.OnTime));
        Assert.Equal(
        [
            ("411328001", JudgedBy.PublishedAt, new DateOnly(2021, 3, 5)),
            ("411328111", JudgedBy.PublishedAt, new DateOnly(2021, 2, 1)),
            ("411328311", JudgedBy.FirstSubmittedAt, new DateOnly(2026, 11, 30)),   // 08:00 in China
        ], result.Late.Select(l => (l.Code, l.Report.JudgedBy, l.Report.JudgedOn)));
    }

    [Fact]
    public void A_single_township_and_an_area_without_townships()
    {
        var one = Completeness.Of(Registry, "411328110", 2021, [new("411328110", new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero))]);
        Assert.Equal((1, 1, 1, 1m, 1m), (one.Expected, one.Submitted, one.OnTime, one.Rate, one.OnTimeRate));
        Assert.Empty(one.Missing);

        var none = Completeness.Of(Registry, "99", 2021, []);
        Assert.Equal((0, 0, 0), (none.Expected, none.Submitted, none.OnTime));
        Assert.Null(none.Rate);
        Assert.Null(none.OnTimeRate);
        Assert.Empty(none.Missing);
    }

    [Fact]
    public void The_nation_expects_every_township()
    {
        var result = Completeness.Of(Registry, null, 2020, [new("411328110", Deadline2020.AddDays(-1))]);

        Assert.Equal(Registry.TownshipCount, result.Expected);
        Assert.Equal(1, result.Submitted);
        Assert.Equal(Registry.TownshipCount - 1, result.Missing.Count);
    }
}
