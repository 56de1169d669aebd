using Dapper;
using Disclosure.Domain.Reviews;
using Disclosure.Persistence.Reviews;
using static Disclosure.Persistence.Tests.StoreFixture;

namespace Disclosure.Persistence.Tests;

public class ReviewStoreTests
{
    private const string Shangtun = "411328110";
    private const string HashOne = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private const string HashTwo = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";
    private static readonly DateTimeOffset At = new(2021, 2, 3, 4, 5, 6, TimeSpan.Zero);

    private static ReviewRequest Review(int revision, ReviewAction action, string? reason = null) =>
        new(Shangtun, 2020, revision, action, reason, false, "admin", At);

    /// <summary>The county's totals of year 2020: per state, (reports, the first cell's sum).</summary>
    private static Task<(string State, long Reports, long First)[]> CountyTotalsAsync(StoreFixture f) =>
        f.Database.ReadAsync(async c => (await c.QueryAsync<(string, long, byte[])>(
                "SELECT state, reports, vals FROM rollup_totals WHERE level = 6 AND area_code = '411328' AND year = 2020 ORDER BY state"))
            .Select(t => (t.Item1, t.Item2, CellCodec.Decode(t.Item3)[0]))
            .ToArray());

    [Fact]
    public async Task Acceptance_moves_the_report_to_the_accepted_totals_and_locks_it()
    {
        using var f = await StoreFixture.CreateAsync();
        var reviews = new ReviewStore(f.Database);
        await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 3, 4, 7, 0, 0), HashOne), null);
        Assert.Equal([("submitted", 1L, 3L)], await CountyTotalsAsync(f));

        var result = await reviews.ReviewAsync(Review(1, ReviewAction.Accepted));

        Assert.Equal(new ReviewResult(ReviewOutcome.Done, ReviewState.Accepted, 1, new ReviewEntry(1, ReviewAction.Accepted, ReviewState.Accepted, null, false, At, "admin")), result);
        Assert.Equal([("accepted", 1L, 3L)], await CountyTotalsAsync(f));
        var locked = await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 5, 4, 9, 0, 0), HashTwo, by: "key-1"), null);
        Assert.Equal((SubmitOutcome.Locked, 1), (locked.Outcome, locked.Current!.Revision));
        var same = await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 3, 4, 7, 0, 0), HashOne, by: "key-1"), null);
        Assert.Equal(SubmitOutcome.Unchanged, same.Outcome);

        Assert.Equal(ReviewOutcome.Done, (await reviews.ReviewAsync(Review(1, ReviewAction.Unlocked, "数字有误"))).Outcome);
        Assert.Equal([("submitted", 1L, 3L)], await CountyTotalsAsync(f));
        Assert.Equal(SubmitOutcome.Revised, (await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 5, 4, 9, 0, 0), HashTwo, by: "key-1"), null)).Outcome);
        Assert.Equal([("submitted", 1L, 5L)], await CountyTotalsAsync(f));
    }

    [Fact]
    public async Task A_stale_revision_or_a_state_that_does_not_allow_the_action_changes_nothing()
    {
        using var f = await StoreFixture.CreateAsync();
        var reviews = new ReviewStore(f.Database);
        Assert.Equal(new ReviewResult(ReviewOutcome.NotFound, null, null, null), await reviews.ReviewAsync(Review(1, ReviewAction.Accepted)));
        await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 3, 4, 7, 0, 0), HashOne), null);
        await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 5, 4, 9, 0, 0), HashTwo), null);

        Assert.Equal(new ReviewResult(ReviewOutcome.StaleRevision, ReviewState.Submitted, 2, null), await reviews.ReviewAsync(Review(1, ReviewAction.Accepted)));
        Assert.Equal(new ReviewResult(ReviewOutcome.NotAllowed, ReviewState.Submitted, 2, null), await reviews.ReviewAsync(Review(2, ReviewAction.Unlocked, "?")));
        await reviews.ReviewAsync(Review(2, ReviewAction.Withdrawn, "报错了乡镇"));
        Assert.Equal(new ReviewResult(ReviewOutcome.NotAllowed, ReviewState.Withdrawn, 2, null), await reviews.ReviewAsync(Review(2, ReviewAction.Accepted)));
        Assert.Equal([ReviewAction.Withdrawn], (await reviews.GetAsync(Shangtun, 2020))!.History.Select(e => e.Action));
    }

    [Fact]
    public async Task A_returned_report_is_submitted_again_by_its_next_revision_and_the_history_says_so()
    {
        using var f = await StoreFixture.CreateAsync();
        var reviews = new ReviewStore(f.Database);
        await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 3, 4, 7, 0, 0), HashOne), null);
        await reviews.ReviewAsync(Review(1, ReviewAction.Returned, "依申请公开数量有误"));
        Assert.Equal([("returned", 1L, 3L)], await CountyTotalsAsync(f));

        var resubmittedAt = new DateTimeOffset(2021, 2, 10, 0, 0, 0, TimeSpan.Zero);
        await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 5, 4, 9, 0, 0), HashTwo, by: "key-1", at: resubmittedAt), null);

        Assert.Equal([("submitted", 1L, 5L)], await CountyTotalsAsync(f));
        Assert.Equal(
        [
            new ReviewEntry(1, ReviewAction.Returned, ReviewState.Returned, "依申请公开数量有误", false, At, "admin"),
            new ReviewEntry(2, ReviewAction.Resubmitted, ReviewState.Submitted, null, false, resubmittedAt, "key-1"),
        ], (await reviews.GetAsync(Shangtun, 2020))!.History);
        var review = await reviews.GetAsync(Shangtun, 2020);
        Assert.Equal((ReviewState.Submitted, 2, 2), (review!.State, review.Revision, review.History.Count));
        Assert.Equal(new ReviewEntry(2, ReviewAction.Resubmitted, ReviewState.Submitted, null, false, resubmittedAt, "key-1"), review.Last);
    }

    [Fact]
    public async Task A_withdrawn_report_leaves_every_total_and_is_filed_anew_as_the_next_revision()
    {
        using var f = await StoreFixture.CreateAsync();
        var reviews = new ReviewStore(f.Database);
        await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 3, 4, 7, 0, 0), HashOne), null);
        await reviews.ReviewAsync(Review(1, ReviewAction.Withdrawn, "报错了乡镇"));

        Assert.Empty(await CountyTotalsAsync(f));
        Assert.Equal(0L, await f.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT count(*) FROM rollup_totals")));
        Assert.Equal(0, await f.Store.RebuildTotalsAsync());

        var refiledAt = new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var refiled = await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 3, 4, 7, 0, 0), HashOne, at: refiledAt), null);

        Assert.Equal((SubmitOutcome.Created, 2), (refiled.Outcome, refiled.Current!.Revision));
        Assert.Equal([("submitted", 1L, 3L)], await CountyTotalsAsync(f));
        Assert.Equal("2021-03-01T00:00:00.0000000Z", await f.Database.ReadAsync(c =>
            c.ExecuteScalarAsync<string>("SELECT first_submitted_at FROM reports WHERE township_code = @Shangtun AND year = 2020", new { Shangtun })));
        Assert.Equal([1, 2], (await f.Store.ListRevisionsAsync(Shangtun, 2020)).Select(r => r.Revision));
    }

    [Fact]
    public async Task Rebuilt_totals_keep_each_state_apart_and_leave_withdrawn_reports_out()
    {
        using var f = await StoreFixture.CreateAsync();
        var reviews = new ReviewStore(f.Database);
        await f.Store.SubmitAsync(Submit(ReportA(Shangtun, 2020, 3, 4, 7, 0, 0), HashOne), null);
        await f.Store.SubmitAsync(Submit(ReportA("411328111", 2020, 10, 0, 10, 0, 0), HashOne), null);
        await f.Store.SubmitAsync(Submit(ReportA("411328112", 2020, 100, 0, 100, 0, 0), HashOne), null);
        await reviews.ReviewAsync(new ReviewRequest("411328111", 2020, 1, ReviewAction.Accepted, null, false, "admin", At));
        await reviews.ReviewAsync(new ReviewRequest("411328112", 2020, 1, ReviewAction.Withdrawn, "重复", false, "admin", At));
        var kept = await CountyTotalsAsync(f);

        await f.Store.RebuildTotalsAsync();

        Assert.Equal([("accepted", 1L, 10L), ("submitted", 1L, 3L)], kept);
        Assert.Equal(kept, await CountyTotalsAsync(f));
    }
}
