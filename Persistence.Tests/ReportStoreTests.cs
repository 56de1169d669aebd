using Dapper;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;
using static Disclosure.Persistence.Tests.StoreFixture;

namespace Disclosure.Persistence.Tests;

public class ReportStoreTests
{
    private const string Shangtun = "411328110";
    private const string HashOne = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private const string HashTwo = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

    [Fact]
    public async Task A_first_submission_is_created_as_revision_one_and_reads_back_exactly()
    {
        using var f = await StoreFixture.CreateAsync();
        var report = ReportA(Shangtun, 2020, 3, 4, 7, -12, 2_425_231_108) with
        {
            Publications = new Publications(26, [new KeyDomainItems("povertyAlleviation", 186, "扶贫领域资金、环保等重点领域信息"), new KeyDomainItems("majorProjects", 42, null)]),
            Narrative = new Narrative("人员不足", null),
            AcknowledgedRules = ["T1"],
        };
        var at = new DateTimeOffset(2021, 1, 20, 16, 5, 7, 123, TimeSpan.FromHours(8));

        var result = await f.Store.SubmitAsync(Submit(report, HashOne, flagged: true, by: "key-7", at: at,
            violations: [new Violation("T1", "/applications/newlyReceived/total", 7, 8)],
            warnings: [new Warning("X2", "比上年多 300%", "/applications/newlyReceived/naturalPerson")]), expected: null);

        Assert.Equal(SubmitOutcome.Created, result.Outcome);
        Assert.Equal("\"1-0123456789abcdef\"", result.Current!.ETag);
        var stored = await f.Store.GetAsync(Shangtun, 2020);
        Assert.NotNull(stored);
        Assert.Equal((Shangtun, 2020, 1, "A", "key-7", true, HashOne, "\"1-0123456789abcdef\""),
            (stored.TownshipCode, stored.Year, stored.Revision, stored.Format, stored.SubmittedBy, stored.Flagged, stored.ContentHash, stored.ETag));
        Assert.Equal(new DateTimeOffset(2021, 1, 20, 8, 5, 7, 123, TimeSpan.Zero), stored.SubmittedAt);
        Assert.Equal(TimeSpan.Zero, stored.SubmittedAt.Offset);
        Assert.Same(FormatA, stored.Report.Format);
        Assert.Equal([3L, 4, 7, -12, 2_425_231_108], stored.Report.Values);
        Assert.Equal(26, stored.Report.Publications!.PolicyInterpretations);
        Assert.Equal([new KeyDomainItems("povertyAlleviation", 186, "扶贫领域资金、环保等重点领域信息"), new KeyDomainItems("majorProjects", 42, null)],
            stored.Report.Publications.KeyDomains);
        Assert.Equal(new Narrative("人员不足", null), stored.Report.Narrative);
        Assert.Equal(["T1"], stored.Report.AcknowledgedRules);
        Assert.Equal([new Violation("T1", "/applications/newlyReceived/total", 7, 8)], stored.Violations);
        Assert.Equal([new Warning("X2", "比上年多 300%", "/applications/newlyReceived/naturalPerson")], stored.Warnings);
    }

    [Fact]
    public async Task Stored_columns_are_compact_and_absent_extras_stay_absent()
    {
        using var f = await StoreFixture.CreateAsync();
        await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 3, 4, 7, -1, 0) with
        {
            Publications = new Publications(null, []),
            Narrative = new Narrative(null, "另"),
        }, HashOne), null);
        await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2021, 0, 0, 0, 0, 0), HashOne), null);

        var rows = await f.Database.ReadAsync(async c => (await c.QueryAsync<(long Year, byte[] Vals, string? Extras, string? Violations, string? Warnings)>(
            "SELECT year, vals, extras, violations, warnings FROM report_revisions ORDER BY year")).ToArray());

        Assert.Equal(new byte[] { 6, 8, 14, 1, 0 }, rows[0].Vals);
        Assert.Equal("""{"publications":{"keyDomains":[]},"narrative":{"otherMatters":"另"}}""", rows[0].Extras);
        Assert.Equal((null, null, null), (rows[1].Extras, rows[1].Violations, rows[1].Warnings));
        var first = (await f.Store.GetAsync(Shangtun, 2020))!.Report;
        Assert.Equal((null, 0), (first.Publications!.PolicyInterpretations, first.Publications.KeyDomains.Count));
        Assert.Equal(new Narrative(null, "另"), first.Narrative);
        var second = (await f.Store.GetAsync(Shangtun, 2021))!;
        Assert.Equal((null, null, 0, 0, 0), (second.Report.Publications, second.Report.Narrative, second.Report.AcknowledgedRules.Count, second.Violations.Count, second.Warnings.Count));
    }

    [Fact]
    public async Task The_same_content_again_changes_nothing()
    {
        using var f = await StoreFixture.CreateAsync();
        var first = await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 1, 2, 3, 0, 0), HashOne), null);

        var again = await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 1, 2, 3, 0, 0), HashOne, by: "key-9",
            at: new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.Zero)), null);

        Assert.Equal(SubmitOutcome.Unchanged, again.Outcome);
        Assert.Equal((1, "admin", first.Current!.ETag), (again.Current!.Revision, again.Current.SubmittedBy, again.Current.ETag));
        Assert.Single(await f.Store.ListRevisionsAsync(Shangtun, 2020));
    }

    [Fact]
    public async Task A_correction_is_a_new_revision_and_every_revision_is_kept()
    {
        using var f = await StoreFixture.CreateAsync();
        var at1 = new DateTimeOffset(2021, 1, 15, 8, 0, 0, TimeSpan.Zero);
        var at2 = new DateTimeOffset(2021, 2, 3, 9, 0, 0, TimeSpan.Zero);
        await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 1, 2, 3, 0, 0), HashOne, at: at1), null);

        var revised = await f.Store.SubmitAsync(Submit(ReportB(Shangtun, 2020, 5, 6, 7), HashTwo, flagged: true, by: "key-3", at: at2), null);

        Assert.Equal(SubmitOutcome.Revised, revised.Outcome);
        Assert.Equal((2, "\"2-fedcba9876543210\""), (revised.Current!.Revision, revised.Current.ETag));
        Assert.Equal(new long[] { 5, 6, 7 }, (await f.Store.GetAsync(Shangtun, 2020))!.Report.Values);
        Assert.Equal(new long[] { 1, 2, 3, 0, 0 }, (await f.Store.GetAsync(Shangtun, 2020, revision: 1))!.Report.Values);
        Assert.Equal("B", (await f.Store.GetCurrentReportAsync(Shangtun, 2020))!.Format.Id);
        Assert.Null(await f.Store.GetAsync(Shangtun, 2020, revision: 3));
        Assert.Equal(
            [new StoredRevisionSummary(1, at1, "admin", false, HashOne), new StoredRevisionSummary(2, at2, "key-3", true, HashTwo)],
            await f.Store.ListRevisionsAsync(Shangtun, 2020));
    }

    [Fact]
    public async Task Absent_reports_read_as_null_and_empty()
    {
        using var f = await StoreFixture.CreateAsync();

        Assert.Null(await f.Store.GetAsync(Shangtun, 2020));
        Assert.Null(await f.Store.GetCurrentReportAsync(Shangtun, 2020));
        Assert.Empty(await f.Store.ListRevisionsAsync(Shangtun, 2020));
    }

    [Fact]
    public async Task An_expected_revision_guards_against_lost_updates()
    {
        using var f = await StoreFixture.CreateAsync();
        Assert.Equal(SubmitOutcome.PreconditionFailed, (await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 1, 1, 2, 0, 0), HashOne), ExpectedRevision.AnyCurrent)).Outcome);
        Assert.Equal(SubmitOutcome.PreconditionFailed, (await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 1, 1, 2, 0, 0), HashOne), ExpectedRevision.OneOf([new(1, "0123456789abcdef")]))).Outcome);
        Assert.Empty(await f.Store.ListRevisionsAsync(Shangtun, 2020));
        var first = (await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 1, 1, 2, 0, 0), HashOne), null)).Current!;

        var stale = await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 2, 2, 4, 0, 0), HashTwo), ExpectedRevision.OneOf([new(9, "0123456789abcdef")]));
        var otherContent = await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 2, 2, 4, 0, 0), HashTwo), ExpectedRevision.OneOf([new(1, "fedcba9876543210")]));
        var none = await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 2, 2, 4, 0, 0), HashTwo), ExpectedRevision.OneOf([]));
        var matching = await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 2, 2, 4, 0, 0), HashTwo), ExpectedRevision.OneOf([new(2, "0123456789abcdef"), new(1, "0123456789abcdef")]));
        var star = await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 3, 3, 6, 0, 0), "33" + HashTwo), ExpectedRevision.AnyCurrent);

        Assert.Equal((SubmitOutcome.PreconditionFailed, 1), (stale.Outcome, stale.Current!.Revision));
        Assert.Equal(SubmitOutcome.PreconditionFailed, otherContent.Outcome);
        Assert.Equal(SubmitOutcome.PreconditionFailed, none.Outcome);
        Assert.Equal((SubmitOutcome.Revised, 2), (matching.Outcome, matching.Current!.Revision));
        Assert.Equal((SubmitOutcome.Revised, 3), (star.Outcome, star.Current!.Revision));
    }

    [Fact]
    public async Task Listing_filters_by_area_year_and_flag_and_pages_in_code_order()
    {
        using var f = await StoreFixture.CreateAsync();
        (string Code, int Year, bool Flagged)[] reports =
        [
            ("411328110", 2021, false), ("411328110", 2020, true), ("411328001", 2020, false),
            ("411329101", 2020, false), ("411302001", 2020, true), ("420102001", 2020, false),
        ];
        foreach (var (code, year, flagged) in reports)
            await f.Store.SubmitAsync(Submit(ReportB(code, year, 1, 2, 3), HashOne, flagged), null);

        var county = await f.Store.ListCurrentAsync("411328", null, null, null, 10);
        var henan2020 = await f.Store.ListCurrentAsync("41", 2020, null, null, 10);
        var flaggedOnly = await f.Store.ListCurrentAsync(null, null, true, null, 10);
        var page1 = await f.Store.ListCurrentAsync("", null, null, null, 4);
        var page2 = await f.Store.ListCurrentAsync("", null, null, ("411328110", 2021), 4);
        var exactlyFull = await f.Store.ListCurrentAsync("411328", null, null, null, 3);
        var none = await f.Store.ListCurrentAsync("4113289", null, null, null, 10);

        Assert.Equal([("411328001", 2020), ("411328110", 2020), ("411328110", 2021)], county.Reports.Select(i => (i.TownshipCode, i.Year)));
        Assert.Equal((3L, false), (county.Total, county.More));
        Assert.Equal(["411302001", "411328001", "411328110", "411329101"], henan2020.Reports.Select(i => i.TownshipCode));
        Assert.Equal([("411302001", 2020), ("411328110", 2020)], flaggedOnly.Reports.Select(i => (i.TownshipCode, i.Year)));
        Assert.Equal([("411302001", 2020), ("411328001", 2020), ("411328110", 2020), ("411328110", 2021)], page1.Reports.Select(i => (i.TownshipCode, i.Year)));
        Assert.Equal((6L, true), (page1.Total, page1.More));
        // After 411328110's 2021 report: the next township's, not its own 2020 one again.
        Assert.Equal([("411329101", 2020), ("420102001", 2020)], page2.Reports.Select(i => (i.TownshipCode, i.Year)));
        Assert.Equal((6L, false), (page2.Total, page2.More));
        Assert.False(exactlyFull.More);
        Assert.Equal((0, 0L, false), (none.Reports.Count, none.Total, none.More));
        Assert.Equal(new CurrentReport("411328001", 2020, "B", 1, false, new DateTimeOffset(2021, 1, 15, 8, 30, 0, TimeSpan.Zero)), county.Reports[0]);
    }

    [Fact]
    public async Task Listing_rejects_bad_paging()
    {
        using var f = await StoreFixture.CreateAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => f.Store.ListCurrentAsync(null, null, null, null, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => f.Store.ListCurrentAsync(null, null, null, null, ReportStore.MaxListLimit + 1));
    }

    [Fact]
    public async Task A_report_whose_format_is_no_longer_known_fails_clearly_on_read()
    {
        using var f = await StoreFixture.CreateAsync();
        await f.Store.SubmitAsync(Submit(ReportB(Shangtun, 2020, 1, 2, 3), HashOne), null);
        var blind = new ReportStore(f.Database, _ => null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => blind.GetAsync(Shangtun, 2020));

        Assert.Equal("The report of 411328110 for 2020 (revision 1) uses format \"B\", which this service does not know.", error.Message);
    }

    [Fact]
    public async Task Submissions_with_a_bad_township_code_or_value_count_are_refused()
    {
        using var f = await StoreFixture.CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => f.Store.SubmitAsync(Submit(ReportB("41132811", 2020, 1, 2, 3), HashOne), null));
        await Assert.ThrowsAsync<ArgumentException>(() => f.Store.SubmitAsync(Submit(ReportB(Shangtun, 2020, 1, 2), HashOne), null));
    }
}
