using Dapper;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Rollups;
using Disclosure.Domain.Tests.Rollups;
using static Disclosure.Persistence.Tests.Rollups.RollupStoreFixture;

namespace Disclosure.Persistence.Tests.Rollups;

public class RollupStoreTests
{
    // 唐河县 (411328) and 南召县 (411321) in 南阳市, a street of 郑州市 (4101), and one in 北京 (11).
    private const string Shangtun = "411328110", Bidian = "411328111", Binhe = "411328001";
    private const string Chengguan = "411321100", Liushan = "411321101", Linshanzhai = "410102001", Donghuamen = "110101001";

    private sealed record Stored(Report Report, bool Flagged);

    /// <summary>Eleven current reports over four years, two flagged, one corrected after a first revision.</summary>
    private static async Task<List<Stored>> SeedAsync(RollupStoreFixture f)
    {
        var stored = new List<Stored>();
        async Task Add(Report report, bool flagged = false)
        {
            await f.SubmitAsync(report, flagged);
            stored.Add(new Stored(report, flagged));
        }

        await Add(Report2019(Shangtun, 2020));
        await Add(Report2021(Shangtun, 2021, n => n["proactiveDisclosure"]!["licensing"]!["decisions"] = 4));
        await Add(Report2021(Shangtun, 2022, n => n["proactiveDisclosure"]!["fees"]!["amountWan"] = 24252.311082m));
        await Add(Report2019(Bidian, 2020, n => n["proactiveDisclosure"]!["licensing"]!["decisions"] = 5));
        await Add(Report2021(Bidian, 2022, n => n.Remove("publications")), flagged: true);
        await Add(Report2019(Chengguan, 2020, n => n["proactiveDisclosure"]!["penalties"]!["change"] = -18));
        await Add(Report2021(Chengguan, 2021), flagged: true);
        await Add(Report2021(Liushan, 2022, n => n["proactiveDisclosure"]!["coercion"]!["decisions"] = 9));
        await Add(Report2021(Linshanzhai, 2021, n => n["proactiveDisclosure"]!["penalties"]!["decisions"] = 100));

        // 滨河街道 2021: revision 1, then a correction that replaces it; only the correction counts.
        await f.SubmitAsync(Report2021(Binhe, 2021, n => n["proactiveDisclosure"]!["licensing"]!["decisions"] = 1000));
        await Add(Report2021(Binhe, 2021, n => n["proactiveDisclosure"]!["licensing"]!["decisions"] = 7));
        await Add(Report2019(Donghuamen, 2019));
        return stored;
    }

    /// <summary>The group the test expects: the reports summed cell by cell, per format, straight from the Report objects.</summary>
    private static string Expected(RollupKey key, IEnumerable<Stored> reports)
    {
        var list = reports.ToList();
        var byFormat = list.GroupBy(s => s.Report.Format.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var sums = new long[g.First().Report.Values.Length];
            foreach (var s in g)
                for (var i = 0; i < sums.Length; i++) sums[i] += s.Report.Values[i];
            // Every report stored here is submitted: none is reviewed.
            return $"{g.Key}:{g.Count()}/{g.Count(s => s.Flagged)}/{new ReviewStateCounts(g.Count(), 0, 0)}[{string.Join(",", sums)}]";
        });
        return $"{key} {list.Count}/{list.Count(s => s.Flagged)} {string.Join(" ", byFormat)}";
    }

    private static string Describe(RollupGroup group) =>
        $"{group.Key} {group.Reports}/{group.Flagged} " + string.Join(" ", group.ByFormat.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"{f.Key}:{f.Value.Reports}/{f.Value.Flagged}/{f.Value.States}[{string.Join(",", f.Value.Sums)}]"));

    private static RollupFilter Filter(string? area = null, int? from = null, int? to = null, bool excludeFlagged = false, params GroupLevel[] groupBy) =>
        new(area, from, to, groupBy, excludeFlagged);

    private static RollupKey Key(int? year = null, string? province = null, string? city = null, string? county = null, string? township = null) =>
        new(year, province, city, county, township);

    [Fact]
    public async Task The_grand_total_sums_every_current_report_once()
    {
        using var f = await RollupStoreFixture.CreateAsync();
        var stored = await SeedAsync(f);

        var groups = await f.QueryAllAsync(Filter());

        Assert.Equal([Expected(RollupKey.GrandTotal, stored)], groups.Select(Describe));
        Assert.Equal(11, groups[0].Reports);
        Assert.Equal(2, groups[0].Flagged);
        var format2021 = ReportFormats.Format2021;
        // licensing decisions of the 2021-format reports: 上屯 2021 4, 上屯 2022 15, 毕店 15 (flagged), 城关 15 (flagged),
        // 留山 15, 林山寨 15, and 滨河's correction 7, not its first revision's 1000
        Assert.Equal(4 + 15 + 15 + 15 + 15 + 15 + 7, groups[0].ByFormat["2021"][format2021.Cell("/proactiveDisclosure/licensing/decisions").Index]);
    }

    [Fact]
    public async Task Groups_by_year_county_township_and_county_and_year_in_key_order()
    {
        using var f = await RollupStoreFixture.CreateAsync();
        var stored = await SeedAsync(f);

        Assert.Equal(
            stored.GroupBy(s => s.Report.Year).OrderBy(g => g.Key).Select(g => Expected(Key(year: g.Key), g)),
            (await f.QueryAllAsync(Filter(groupBy: GroupLevel.Year))).Select(Describe));
        Assert.Equal(
            stored.GroupBy(s => s.Report.TownshipCode[..6]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Expected(Key(county: g.Key), g)),
            (await f.QueryAllAsync(Filter(groupBy: GroupLevel.County))).Select(Describe));
        Assert.Equal(
            stored.GroupBy(s => s.Report.TownshipCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Expected(Key(township: g.Key), g)),
            (await f.QueryAllAsync(Filter(groupBy: GroupLevel.Township))).Select(Describe));

        var byCountyAndYear = await f.QueryAllAsync(Filter(area: "4113", groupBy: [GroupLevel.County, GroupLevel.Year]));
        Assert.Equal(
            stored.Where(s => s.Report.TownshipCode.StartsWith("4113"))
                .GroupBy(s => (s.Report.Year, County: s.Report.TownshipCode[..6]))
                .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.County, StringComparer.Ordinal)
                .Select(g => Expected(Key(year: g.Key.Year, county: g.Key.County), g)),
            byCountyAndYear.Select(Describe));
        Assert.Equal(
            ["2020 411321", "2020 411328", "2021 411321", "2021 411328", "2022 411321", "2022 411328"],
            byCountyAndYear.Select(g => $"{g.Key.Year} {g.Key.County}"));
        Assert.All(byCountyAndYear, g => Assert.Equal((null, null, null), (g.Key.Province, g.Key.City, g.Key.Township)));
    }

    [Fact]
    public async Task Flagged_reports_are_counted_or_left_out()
    {
        using var f = await RollupStoreFixture.CreateAsync();
        var stored = await SeedAsync(f);

        var included = await f.QueryAllAsync(Filter(area: "4113", groupBy: GroupLevel.County));
        var excluded = await f.QueryAllAsync(Filter(area: "4113", excludeFlagged: true, groupBy: GroupLevel.County));
        var excludedByTownship = await f.QueryAllAsync(Filter(area: "411328", excludeFlagged: true, groupBy: GroupLevel.Township));

        Assert.Equal(["411321 3/1", "411328 6/1"], included.Select(g => $"{g.Key.County} {g.Reports}/{g.Flagged}"));
        Assert.Equal(
            stored.Where(s => !s.Flagged && s.Report.TownshipCode.StartsWith("4113"))
                .GroupBy(s => s.Report.TownshipCode[..6]).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Expected(Key(county: g.Key), g)),
            excluded.Select(Describe));
        Assert.Equal(["411328001 1", "411328110 3", "411328111 1"], excludedByTownship.Select(g => $"{g.Key.Township} {g.Reports}"));
        Assert.All(excluded.Concat(excludedByTownship), g => Assert.Equal(0, g.Flagged));
    }

    [Fact]
    public async Task An_area_and_years_narrow_the_reports()
    {
        using var f = await RollupStoreFixture.CreateAsync();
        var stored = await SeedAsync(f);

        var county = await f.QueryAllAsync(Filter(area: "411328", from: 2021, to: 2022));
        var township = await f.QueryAllAsync(Filter(area: Shangtun, from: 2021, groupBy: GroupLevel.Year));
        var province = await f.QueryAllAsync(Filter(area: "41", to: 2021, groupBy: GroupLevel.City));

        Assert.Equal(
            [Expected(RollupKey.GrandTotal, stored.Where(s => s.Report.TownshipCode.StartsWith("411328") && s.Report.Year >= 2021))],
            county.Select(Describe));
        Assert.Equal(
            stored.Where(s => s.Report.TownshipCode == Shangtun && s.Report.Year >= 2021).Select(s => Expected(Key(year: s.Report.Year), [s])),
            township.Select(Describe));
        Assert.Equal(["4101 1", "4113 6"], province.Select(g => $"{g.Key.City} {g.Reports}"));
    }

    [Theory]
    [InlineData(null, false, GroupLevel.Year)]
    [InlineData(null, false, GroupLevel.Township)]
    [InlineData(null, true, GroupLevel.Year, GroupLevel.Township)]
    [InlineData(null, false, GroupLevel.Province, GroupLevel.City)]
    [InlineData(null, false, GroupLevel.County, GroupLevel.Year)]
    [InlineData("41", true, GroupLevel.County)]
    [InlineData("4113", false, GroupLevel.Year, GroupLevel.Township)]
    [InlineData("411328", false, GroupLevel.Year, GroupLevel.Province)]
    public async Task Pages_of_any_size_follow_each_other_into_exactly_the_whole_answer(string? area, bool excludeFlagged, params GroupLevel[] groupBy)
    {
        using var f = await RollupStoreFixture.CreateAsync();
        await SeedAsync(f);
        var filter = Filter(area, null, null, excludeFlagged, groupBy);
        var whole = (await f.QueryAllAsync(filter)).Select(Describe).ToList();
        Assert.NotEmpty(whole);

        foreach (var limit in new[] { 1, 2, 3, whole.Count, whole.Count + 1 })
        {
            var paged = new List<string>();
            RollupKey? after = null;
            var pages = 0;
            do
            {
                var page = await f.Rollups.QueryAsync(filter, new GroupPage(limit, after));
                Assert.InRange(page.Groups.Count, 1, limit);
                paged.AddRange(page.Groups.Select(Describe));
                Assert.Equal(page.ContinueAfter is null ? null : page.Groups[^1].Key, page.ContinueAfter);
                after = page.ContinueAfter;
                pages++;
            }
            while (after is not null);

            Assert.Equal(whole, paged);
            // A page that ends exactly at the last group says so: no empty page follows.
            Assert.Equal((whole.Count + limit - 1) / limit, pages);
        }
    }

    [Theory]
    [InlineData("2020-411328", true, true, 6)]
    [InlineData("2020", true, false, null)]
    [InlineData("411328110", false, true, 9)]
    public void A_cursor_names_the_key_it_was_made_from_and_only_fits_its_grouping(string cursor, bool byYear, bool byDivision, int? codeLength)
    {
        var groupBy = new List<GroupLevel>();
        if (byYear) groupBy.Add(GroupLevel.Year);
        if (byDivision) groupBy.Add(codeLength == 9 ? GroupLevel.Township : GroupLevel.County);
        var filter = Filter(groupBy: [.. groupBy]);

        var key = RollupKey.FromCursor(cursor, filter);

        Assert.NotNull(key);
        Assert.Equal(cursor, key.ToCursor());
        Assert.Equal(codeLength, key.Code?.Length);
        Assert.Null(RollupKey.FromCursor(cursor, Filter(groupBy: [GroupLevel.Year, GroupLevel.Township])));
        if (byDivision)
            Assert.Null(RollupKey.FromCursor(cursor + "1", filter));
        Assert.Null(RollupKey.FromCursor("x" + cursor, filter));
        Assert.Null(RollupKey.FromCursor(cursor, Filter()));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(null, true, GroupLevel.Year)]
    [InlineData(null, false, GroupLevel.Province)]
    [InlineData(null, false, GroupLevel.Province, GroupLevel.City, GroupLevel.Year)]
    [InlineData("41", false, GroupLevel.City)]
    [InlineData("41", true, GroupLevel.County, GroupLevel.Year)]
    [InlineData("4113", false)]
    [InlineData("411328", true, GroupLevel.Year)]
    [InlineData("411328", false, GroupLevel.County)]
    public async Task Answers_from_the_maintained_totals_equal_the_reports_summed_by_township(string? area, bool excludeFlagged, params GroupLevel[] groupBy)
    {
        using var f = await RollupStoreFixture.CreateAsync();
        await SeedAsync(f);
        var filter = Filter(area, 2019, 2022, excludeFlagged, groupBy);
        Assert.NotNull(Disclosure.Persistence.Rollups.RollupStore.TotalsLevel(filter));

        var fromTotals = await f.QueryAllAsync(filter);
        var byTownship = await f.QueryAllAsync(filter with { GroupBy = [.. groupBy, GroupLevel.Township] });

        // Re-aggregate the township groups up to the asked key, in the test.
        var regrouped = byTownship
            .GroupBy(g => g.Key with
            {
                Province = groupBy.Contains(GroupLevel.Province) ? g.Key.Township![..2] : null,
                City = groupBy.Contains(GroupLevel.City) ? g.Key.Township![..4] : null,
                County = groupBy.Contains(GroupLevel.County) ? g.Key.Township![..6] : null,
                Township = null,
            })
            .Select(g =>
            {
                var byFormat = g.SelectMany(t => t.ByFormat).GroupBy(p => p.Key).ToDictionary(p => p.Key, p => new FormatSums(
                    p.Sum(x => x.Value.Reports), p.Sum(x => x.Value.Flagged),
                    Enumerable.Range(0, p.First().Value.Sums.Length).Select(i => p.Sum(x => x.Value.Sums[i])).ToArray(),
                    p.Aggregate(default(ReviewStateCounts), (sum, x) => sum + x.Value.States)));
                return Describe(new RollupGroup(g.Key, g.Sum(t => t.Reports), g.Sum(t => t.Flagged), byFormat));
            });

        Assert.NotEmpty(fromTotals);
        Assert.Equal(regrouped, fromTotals.Select(Describe));
    }

    [Fact]
    public async Task Answers_without_townships_are_read_from_the_totals_not_the_reports()
    {
        using var f = await RollupStoreFixture.CreateAsync();
        await SeedAsync(f);
        await f.Database.WriteAsync((connection, transaction) =>
            connection.ExecuteAsync("DELETE FROM rollup_totals WHERE level = 6 AND area_code = '411321'", transaction: transaction));

        Assert.Equal(["411328"], (await f.QueryAllAsync(Filter(area: "4113", groupBy: GroupLevel.County))).Select(g => g.Key.County));
        Assert.Equal(9, (await f.QueryAllAsync(Filter(area: "4113")))[0].Reports);     // city level: untouched
        Assert.Equal(2, (await f.QueryAllAsync(Filter(area: "411321", groupBy: GroupLevel.Township))).Count);   // 城关, 留山
        Assert.Equal(0, (await f.QueryAllAsync(Filter(area: "411321")))[0].Reports);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("41", 2)]
    [InlineData("4113", 4, GroupLevel.Province)]
    [InlineData("41", 6, GroupLevel.County, GroupLevel.Year)]
    [InlineData("411328", 6, GroupLevel.City)]
    [InlineData(null, 4, GroupLevel.Year, GroupLevel.City)]
    [InlineData("411328110", null)]
    [InlineData(null, null, GroupLevel.Township)]
    public void The_coarsest_level_that_resolves_the_area_and_the_grouping_is_used(string? area, int? level, params GroupLevel[] groupBy)
    {
        Assert.Equal(level, Disclosure.Persistence.Rollups.RollupStore.TotalsLevel(Filter(area, groupBy: groupBy)));
    }

    [Fact]
    public async Task Without_reports_the_grand_total_is_one_empty_group_and_groupings_are_empty()
    {
        using var f = await RollupStoreFixture.CreateAsync();

        var total = Assert.Single(await f.QueryAllAsync(Filter()));
        Assert.Equal((RollupKey.GrandTotal, 0L, 0L), (total.Key, total.Reports, total.Flagged));
        Assert.Empty(total.ByFormat);
        Assert.Single(await f.QueryAllAsync(Filter(area: Shangtun)));
        Assert.Empty(await f.QueryAllAsync(Filter(groupBy: GroupLevel.Year)));
        Assert.Equal("0", RollupShapes.Applications.Tidy(total).Single(v => v.Row == "results/total" && v.Column == "total").Value.Text);
    }

    [Fact]
    public async Task Shapes_of_a_stored_rollup_have_exact_values()
    {
        using var f = await RollupStoreFixture.CreateAsync();
        await SeedAsync(f);
        var total = (await f.QueryAllAsync(Filter(area: "411328")))[0];

        string? Text(IReadOnlyList<TidyValue> values, string section, string row, string column) =>
            values.Single(v => v.Section == section && v.Row == row && v.Column == column).Value.Text;

        // 411328: 上屯 2020 (2019 format, all zeros in 三) and 2021, 2022; 毕店 2020 (2019) and 2022 (flagged); 滨河 2021.
        // Each 2021-format report has （一） 8, （二） 2, （七） 21 and one 逾期未缴费 application.
        var applications = RollupShapes.Applications.Tidy(total);
        Assert.Equal("84", Text(applications, "applications", "results/total", "total"));
        Assert.Equal("4", Text(applications, "applications", "results/otherHandling/overdueFee", "total"));
        Assert.Equal("0.47619", Text(applications, "applications", "results", "disclosureRate"));            // 40 / 84

        var proactive = RollupShapes.Proactive.Tidy(total);
        Assert.Equal("2", Text(proactive, "proactiveDisclosure", "format2019", "reports"));
        Assert.Equal("4", Text(proactive, "proactiveDisclosure", "format2021", "reports"));
        Assert.Equal("400", Text(proactive, "proactiveDisclosure", "format2019/otherServices", "decisions"));
        Assert.Equal("24362.748582", Text(proactive, "proactiveDisclosure", "format2021/fees", "amountWan"));         // 24252.311082 + 3 × 36.8125
        Assert.Equal("5", Text(proactive, "proactiveDisclosure", "format2019/licensing", "decisions"));
        Assert.Equal("41", Text(proactive, "proactiveDisclosure", "format2021/licensing", "decisions"));                // 4 + 15 + 15 + 7
        Assert.Equal($"{5 + 4 + 15 + 15 + 7}", Text(proactive, "proactiveDisclosure", "comparable/licensing", "decisions"));

        var publications = RollupShapes.Publications.Tidy(total);
        Assert.Equal($"{26 * 2 + 8 * 3}", Text(publications, "publications", "", "policyInterpretations"));
        Assert.Equal("5", Text(publications, "publications", "", "reports"));              // 毕店 2022 stated none
        Assert.Equal($"{186 * 2 + 46 * 3}", Text(publications, "publications", "keyDomains", "povertyAlleviation"));
    }

    [Fact]
    public async Task Current_values_are_listed_by_township_and_year()
    {
        using var f = await RollupStoreFixture.CreateAsync();
        var stored = await SeedAsync(f);

        var values = (await f.Rollups.ListCurrentValuesAsync("411328", 2021, null, null, 100)).Reports;

        Assert.Equal(
            [$"{Binhe} 2021 2021 r2 False", $"{Shangtun} 2021 2021 r1 False", $"{Shangtun} 2022 2021 r1 False", $"{Bidian} 2022 2021 r1 True"],
            values.Select(v => $"{v.TownshipCode} {v.Year} {v.Format} r{v.Revision} {v.Flagged}"));
        Assert.Equal(stored.Single(s => s.Report.TownshipCode == Binhe).Report.Values, values[0].Values);
        Assert.Equal(ReportFormats.Format2021.Cells.Count, values[0].Values.Length);
        Assert.Equal(11, (await f.Rollups.ListCurrentValuesAsync(null, null, null, null, 100)).Reports.Count);
        Assert.Single((await f.Rollups.ListCurrentValuesAsync(Donghuamen, null, 2019, null, 100)).Reports);
    }

    [Fact]
    public async Task Submissions_keep_the_time_of_the_first_revision_and_the_publication_date()
    {
        using var f = await RollupStoreFixture.CreateAsync();
        var first = new DateTimeOffset(2021, 1, 31, 15, 59, 59, TimeSpan.Zero);
        await f.SubmitAsync(Report2019(Shangtun, 2020), at: first);
        await f.SubmitAsync(Report2019(Shangtun, 2020, n => n["proactiveDisclosure"]!["licensing"]!["decisions"] = 3), at: first.AddDays(30));
        await f.SubmitAsync(Report2019(Bidian, 2020, n => n["publishedAt"] = "2021-02-03"), at: first.AddSeconds(1));
        await f.SubmitAsync(Report2019(Chengguan, 2020), at: first.AddDays(-3));
        await f.SubmitAsync(Report2021(Binhe, 2021), at: first);

        var submissions = await f.Rollups.ListSubmissionsAsync("411328", 2020);

        Assert.Equal([new(Shangtun, first), new(Bidian, first.AddSeconds(1), new DateOnly(2021, 2, 3))], submissions);
        Assert.Equal(3, (await f.Rollups.ListSubmissionsAsync(null, 2020)).Count);
        Assert.Equal(2, (await f.Reports.GetAsync(Shangtun, 2020))!.Revision);

        var completeness = Completeness.Of(Disclosure.Domain.Tests.Samples.Registry, "411328", 2020, submissions);
        Assert.Equal((2, 2, 1), (completeness.Expected, completeness.Submitted, completeness.OnTime));
    }

    [Fact]
    public async Task The_data_generation_moves_with_every_stored_revision_and_only_then()
    {
        using var f = await RollupStoreFixture.CreateAsync();
        Assert.Equal(0, (await DataGeneration.ReadAsync(f.Database)).NewestRevisionId);

        var report = Report2019(Shangtun, 2020);
        await f.SubmitAsync(report);
        var afterFirst = await DataGeneration.ReadAsync(f.Database);
        await f.SubmitAsync(report);                        // identical: nothing stored
        var afterRetry = await DataGeneration.ReadAsync(f.Database);
        await f.SubmitAsync(Report2019(Shangtun, 2020, n => n["proactiveDisclosure"]!["licensing"]!["decisions"] = 3));
        var afterCorrection = await DataGeneration.ReadAsync(f.Database);

        Assert.NotEqual(0, afterFirst.NewestRevisionId);
        Assert.Equal(afterFirst, afterRetry);
        Assert.NotEqual(afterFirst, afterCorrection);
        Assert.Equal(afterFirst.Id, afterCorrection.Id);
    }
}
