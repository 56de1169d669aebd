using Disclosure.Domain.Formats;
using Disclosure.Domain.Quality;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;
using static Disclosure.Domain.Tests.Quality.QualityReports;

namespace Disclosure.Domain.Tests.Quality;

/// <summary>O1–O3 on reports with known outliers, at their thresholds and at settings of their own.</summary>
public sealed class OutlierRulesTests
{
    private static readonly OutlierThresholds Defaults = new();

    private static Warning[] Jumps(Report report, Report previous, OutlierThresholds? thresholds = null) =>
        [.. OutlierRules.YearOverYear(report, previous, thresholds ?? Defaults)];

    [Fact]
    public void O1_a_count_more_than_five_times_last_year_is_named_with_both_years_values()
    {
        var previous = Make("411328110", 2020, (NewlyReceivedNP, 3));
        var report = Make("411328110", 2021, (NewlyReceivedNP, 40));

        var jump = Assert.Single(Jumps(report, previous));

        Assert.Equal(new Warning("O1", "O1: 一、本年新收政府信息公开申请数量 · 自然人 went from 3 in 2020 to 40 in 2021, more than ×5.", NewlyReceivedNP), jump);
    }

    [Theory]
    [InlineData(2, 10, null)]          // exactly ×5 is not more than ×5
    [InlineData(2, 11, "more than ×5")]
    [InlineData(10, 2, null)]          // exactly ÷5
    [InlineData(11, 2, "less than ÷5")]
    [InlineData(1, 9, null)]           // ×9, but neither year reaches 10
    [InlineData(0, 10, "more than ×5")] // from 0, the other side at least 10
    [InlineData(12, 0, "less than ÷5")]
    [InlineData(0, 9, null)]
    [InlineData(40, 39, null)]
    public void O1_fires_beyond_the_factor_when_either_year_reaches_the_minimum(long was, long now, string? how)
    {
        var jumps = Jumps(Make("411328110", 2022, (Licensing, now)), Make("411328110", 2021, (Licensing, was)));

        if (how is null)
            Assert.Empty(jumps);
        else
            Assert.Equal($"O1: 行政许可 · 本年处理决定数量 went from {was} in 2021 to {now} in 2022, {how}.", Assert.Single(jumps).Message);
    }

    [Fact]
    public void O1_leaves_amounts_and_changes_out_and_compares_across_formats_by_pointer()
    {
        var previous = Make("411328110", 2020,
            ("/proactiveDisclosure/procurement/amountWan", 1_000_000),    // 1 万元
            ("/proactiveDisclosure/otherServices/change", 1),
            ("/proactiveDisclosure/penalties/decisions", 2),
            ("/reviewLitigation/review/upheld", 30));
        var report = Make("411328110", 2021,
            ("/proactiveDisclosure/fees/amountWan", 500_000_000),         // 500 万元
            ("/proactiveDisclosure/penalties/decisions", 20),
            ("/reviewLitigation/review/upheld", 3));

        var jumps = Jumps(report, previous);

        Assert.Equal(
        [
            new Warning("O1", "O1: 行政处罚 · 本年处理决定数量 went from 2 in 2020 to 20 in 2021, more than ×5.", "/proactiveDisclosure/penalties/decisions"),
            new Warning("O1", "O1: 行政复议 · 结果维持 went from 30 in 2020 to 3 in 2021, less than ÷5.", "/reviewLitigation/review/upheld"),
        ], jumps);
    }

    [Fact]
    public void O1_compares_row_six_only_where_both_years_print_it_as_one_row()
    {
        const string sixNP = "/applications/results/otherHandling/naturalPerson";
        var previous = Make("411328110", 2020, (sixNP, 12));
        // 2021 with （六） in three sub-rows: its one-row cells are not printed (they hold 0), so 12 → 0 is no jump.
        var divided = Make("411328110", 2021, ("/applications/results/otherHandling/overdueCorrection/naturalPerson", 12));
        // 2021 printing （六） as one row: the same row as 2019's.
        var undivided = Make("411328110", 2021, (sixNP, 70), ("/applications/results/otherHandling/undividedReports", 1));

        Assert.Empty(Jumps(divided, previous));
        Assert.Equal(ReportFormats.UndividedOtherLayout, undivided.Layout.Id);
        Assert.Equal(
            new Warning("O1", "O1: （六）其他处理 · 自然人 went from 12 in 2020 to 70 in 2021, more than ×5.", sixNP),
            Assert.Single(Jumps(undivided, previous)));
    }

    [Fact]
    public void O1_needs_the_same_townships_previous_year()
    {
        var report = Make("411328110", 2021, (Licensing, 100));

        Assert.Empty(Jumps(report, Make("411328111", 2020, (Licensing, 1))));
        Assert.Empty(Jumps(report, Make("411328110", 2019, (Licensing, 1))));
        Assert.Empty(OutlierRules.YearOverYear(report, null, Defaults));
    }

    [Fact]
    public void O1_honours_its_configured_factor_and_minimum()
    {
        var thresholds = new OutlierThresholds { JumpFactor = 2, JumpMinimum = 4 };
        var previous = Make("411328110", 2021, (Licensing, 2), (NewlyReceivedNP, 1));
        var report = Make("411328110", 2022, (Licensing, 5), (NewlyReceivedNP, 3));

        Assert.Equal("O1: 行政许可 · 本年处理决定数量 went from 2 in 2021 to 5 in 2022, more than ×2.", Assert.Single(Jumps(report, previous, thresholds)).Message);
        Assert.Empty(Jumps(report, previous));
    }

    private static Report[] County(string pointer, params long[] values) =>
        [.. values.Select((value, i) => Make($"41132810{i}", 2021, (pointer, value)))];

    [Fact]
    public void O2_a_total_far_from_the_countys_median_names_the_median_the_MAD_and_the_score()
    {
        var report = Make("411328110", 2021, (NewlyReceivedTotal, 100));
        var county = County(NewlyReceivedTotal, 10, 12, 14, 16, 18, 20);

        var far = Assert.Single(OutlierRules.FarFromCounty(report, [.. county, report], Defaults));

        // median 15; deviations 5 3 1 1 3 5, MAD 3; 0.6745 × 85 / 3 = 19.11
        Assert.Equal(new Warning("O2",
            "O2: 一、本年新收政府信息公开申请数量 · 总计 is 100 in 2021; the median of the county's 6 other townships is 15 (MAD 3), a modified z-score of 19.1, beyond ±3.5.",
            NewlyReceivedTotal), far);
    }

    [Fact]
    public void O2_fires_below_the_median_too()
    {
        var report = Make("411328110", 2021, ("/reviewLitigation/review/total", 0));
        var county = County("/reviewLitigation/review/total", 100, 110, 120, 130, 140, 150);

        Assert.Equal(
            "O2: 行政复议 · 总计 is 0 in 2021; the median of the county's 6 other townships is 125 (MAD 15), a modified z-score of -5.6, beyond ±3.5.",
            Assert.Single(OutlierRules.FarFromCounty(report, county, Defaults)).Message);
    }

    [Fact]
    public void O2_needs_enough_peers_a_spread_and_a_difference_of_at_least_the_minimum()
    {
        var far = Make("411328110", 2021, (NewlyReceivedTotal, 100));
        Assert.Empty(OutlierRules.FarFromCounty(far, County(NewlyReceivedTotal, 10, 12, 14, 16), Defaults));          // 4 peers
        Assert.Single(OutlierRules.FarFromCounty(far, County(NewlyReceivedTotal, 10, 12, 14, 16), new OutlierThresholds { MinPeers = 4 }));
        Assert.Empty(OutlierRules.FarFromCounty(far, County(NewlyReceivedTotal, 10, 10, 10, 10, 11, 12), Defaults));  // MAD 0

        // median 2, MAD 1: 12 is 10 away (z 6.7) and fires, 11 is 9 away and does not.
        var small = County(NewlyReceivedTotal, 1, 1, 2, 2, 3, 3);
        Assert.Single(OutlierRules.FarFromCounty(Make("411328110", 2021, (NewlyReceivedTotal, 12)), small, Defaults));
        Assert.Empty(OutlierRules.FarFromCounty(Make("411328110", 2021, (NewlyReceivedTotal, 11)), small, Defaults));
        Assert.Single(OutlierRules.FarFromCounty(Make("411328110", 2021, (NewlyReceivedTotal, 11)), small, new OutlierThresholds { PeerMinimumDifference = 9 }));
        Assert.Empty(OutlierRules.FarFromCounty(Make("411328110", 2021, (NewlyReceivedTotal, 12)), small, new OutlierThresholds { PeerScore = 7 }));
    }

    [Fact]
    public void O2_compares_only_the_same_countys_reports_of_the_same_year_and_only_the_peer_figures()
    {
        var report = Make("411328110", 2021, (NewlyReceivedTotal, 100), (NewlyReceivedNP, 100));
        Report[] others =
        [
            .. County(NewlyReceivedTotal, 10, 12, 14),
            Make("411321100", 2021, (NewlyReceivedTotal, 16)),   // another county
            Make("411321101", 2021, (NewlyReceivedTotal, 18)),
            Make("411328108", 2020, (NewlyReceivedTotal, 20)),   // another year
            Make("411328109", 2020, (NewlyReceivedTotal, 22)),
        ];
        Assert.Empty(OutlierRules.FarFromCounty(report, others, Defaults));

        var peers = County(NewlyReceivedNP, 10, 12, 14, 16, 18, 20);
        Assert.Empty(OutlierRules.FarFromCounty(report, peers, Defaults));   // 自然人 is not among the peer figures; 总计 of the peers is 0 (MAD 0)
    }

    [Fact]
    public void O3_a_report_all_zero_after_a_year_that_was_not_is_one_finding_without_an_O1_per_figure()
    {
        var previous = Make("411328110", 2020, (NewlyReceivedNP, 12), (NewlyReceivedTotal, 12), (Licensing, 30));
        var report = Make("411328110", 2021);

        var outliers = OutlierRules.Of(report, previous, [report], Defaults);

        Assert.Equal(
            [new Warning("O3", "O3: every figure of tables 二, 三 and 四 is 0 in 2021, but 3 of the 2020 report's are not (the largest: 行政许可 · 处理决定数量 30).", "")],
            outliers);
        Assert.Empty(OutlierRules.AllZero(report, Make("411328110", 2020)));
        Assert.Empty(OutlierRules.AllZero(report, null));
        Assert.Empty(OutlierRules.AllZero(Make("411328110", 2021, (Licensing, 1)), previous));
    }

    [Fact]
    public void O3_names_an_amount_in_wan()
    {
        var previous = Make("411328110", 2020, ("/proactiveDisclosure/procurement/amountWan", 36_812_500));

        Assert.EndsWith("(the largest: 政府集中采购 · 采购总金额（万元） 36.8125 万元).", Assert.Single(OutlierRules.AllZero(Make("411328110", 2021), previous)).Message);
    }

    [Fact]
    public void None_fire_on_the_real_reports_against_themselves_a_year_earlier_or_against_a_county_of_their_own()
    {
        foreach (var name in new[] { "shangtun-2020.json", "township-2021.json" })
        {
            var report = Read(name);
            var previous = report with { Year = report.Year - 1 };
            // Six other townships that report the same figures: a county in which this report is ordinary.
            var county = Enumerable.Range(0, 6).Select(i => report with { TownshipCode = $"{report.TownshipCode[..6]}00{i}" }).ToList();

            Assert.Empty(OutlierRules.Of(report, previous, county, Defaults));
            // Every figure five times its previous year's, the most a figure may move: still no O1.
            Assert.Empty(OutlierRules.YearOverYear(report with { Values = [.. report.Values.Select(v => v * 5)] }, previous, Defaults));
        }
    }

    private static Report Read(string name)
    {
        var result = ReportReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", name)));
        Assert.Empty(result.Errors);
        return result.Report!;
    }
}
