using Dapper;
using static Disclosure.Persistence.Tests.StoreFixture;

namespace Disclosure.Persistence.Tests;

public class RollupTotalsTests
{
    [Fact]
    public async Task Totals_are_kept_at_every_level_with_exact_sums()
    {
        using var f = await StoreFixture.CreateAsync();
        await f.Store.SubmitAsync(Submit(ReportA("411328110", 2020, 1, 2, 3, -5, 100), "h1"), null);
        await f.Store.SubmitAsync(Submit(ReportA("411328001", 2020, 10, 20, 30, 2, 7), "h2"), null);
        await f.Store.SubmitAsync(Submit(ReportA("420102001", 2020, 100, 0, 100, 0, 1), "h3"), null);

        var totals = Describe(await f.Rollups.ListTotalsAsync());

        Assert.Equal(
        [
            "0  2020 A 0 3 [111,22,133,-3,108]",
            "2 41 2020 A 0 2 [11,22,33,-3,107]",
            "2 42 2020 A 0 1 [100,0,100,0,1]",
            "4 4113 2020 A 0 2 [11,22,33,-3,107]",
            "4 4201 2020 A 0 1 [100,0,100,0,1]",
            "6 411328 2020 A 0 2 [11,22,33,-3,107]",
            "6 420102 2020 A 0 1 [100,0,100,0,1]",
        ], totals);
    }

    [Fact]
    public async Task A_correction_moves_the_report_between_formats_and_flags()
    {
        using var f = await StoreFixture.CreateAsync();
        await f.Store.SubmitAsync(Submit(ReportA("411328110", 2020, 1, 2, 3, -5, 100), "h1"), null);
        await f.Store.SubmitAsync(Submit(ReportA("411328001", 2020, 10, 20, 30, 2, 7), "h2"), null);

        await f.Store.SubmitAsync(Submit(ReportB("411328110", 2020, 4, 5, 6), "h1b", flagged: true), null);

        Assert.Equal(
        [
            "0  2020 A 0 1 [10,20,30,2,7]",
            "0  2020 B 1 1 [4,5,6]",
        ], Describe(await f.Rollups.ListTotalsAsync(level: 0)));
        Assert.Equal(
        [
            "6 411328 2020 A 0 1 [10,20,30,2,7]",
            "6 411328 2020 B 1 1 [4,5,6]",
        ], Describe(await f.Rollups.ListTotalsAsync(level: 6, areaPrefix: "4113", fromYear: 2020, toYear: 2020)));
        Assert.Empty(await f.Rollups.ListTotalsAsync(fromYear: 2021));
    }

    private static Submission[] Steps() =>
    [
        Submit(ReportA("411328110", 2020, 1, 2, 3, -5, 100), "a1"),
        Submit(ReportA("411328110", 2021, 2, 2, 4, 1, 50), "a2"),
        Submit(ReportA("411328001", 2020, 10, 20, 30, 2, 7), "b1"),
        Submit(ReportB("411302001", 2020, 7, 8, 9), "c1", flagged: true),
        Submit(ReportA("420102001", 2019, 0, 0, 0, 0, 0), "d1"),
        Submit(ReportA("411328110", 2020, 1, 2, 3, -5, 101), "a1v2"),                 // figures corrected
        Submit(ReportA("411328110", 2020, 1, 2, 4, -5, 101), "a1v3", flagged: true),  // now flagged
        Submit(ReportB("411328001", 2020, 1, 1, 1), "b1v2"),                          // format changed
        Submit(ReportA("411302001", 2020, 3, 3, 6, 0, 0), "c1v2"),                    // format and flag changed
        Submit(ReportA("411328110", 2021, 2, 2, 4, 1, 50), "a2v2"),                   // same figures, new narrative
        Submit(ReportA("411328110", 2021, 2, 2, 4, 1, 50), "a2v2"),                   // retried: unchanged
    ];

    [Fact]
    public async Task Maintained_totals_equal_rebuilt_totals_after_submissions_and_corrections()
    {
        using var f = await StoreFixture.CreateAsync();
        var steps = Steps();
        foreach (var step in steps)
            await f.Store.SubmitAsync(step, null);
        var maintained = Describe(await f.Rollups.ListTotalsAsync());

        var count = await f.Store.RebuildTotalsAsync();
        var rebuilt = Describe(await f.Rollups.ListTotalsAsync());

        Assert.Equal(rebuilt, maintained);
        Assert.Equal(rebuilt.Count, count);
        Assert.Contains("0  2020 A 0 1 [3,3,6,0,0]", maintained);
        Assert.Contains("0  2020 A 1 1 [1,2,4,-5,101]", maintained);
        Assert.Contains("0  2020 B 0 1 [1,1,1]", maintained);
        Assert.Contains("0  2021 A 0 1 [2,2,4,1,50]", maintained);
        Assert.Contains("0  2019 A 0 1 [0,0,0,0,0]", maintained);
        Assert.DoesNotContain(maintained, t => t.Contains(" B 1 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_overflowing_total_refuses_the_whole_submission()
    {
        using var f = await StoreFixture.CreateAsync();
        await f.Store.SubmitAsync(Submit(ReportB("411328110", 2020, long.MaxValue, 0, 0), "big"), null);

        await Assert.ThrowsAsync<OverflowException>(() => f.Store.SubmitAsync(Submit(ReportB("411328001", 2020, 1, 0, 0), "one"), null));

        Assert.Empty(await f.Store.ListRevisionsAsync("411328001", 2020));
        Assert.Equal(1L, await f.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT count(*) FROM reports")));
        Assert.Equal(["0  2020 B 0 1 [9223372036854775807,0,0]"], Describe(await f.Rollups.ListTotalsAsync(level: 0)));
    }

    [Fact]
    public async Task An_overflowing_submission_committed_with_others_fails_alone()
    {
        using var f = await StoreFixture.CreateAsync();
        await f.Store.SubmitAsync(Submit(ReportB("411328110", 2020, long.MaxValue, 0, 0), "big"), null);

        // Another connection holds the write lock, so that the second and third submissions queue up while
        // the first waits for it, and are then committed together in one batch.
        await using var blocker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={f.Database.Path}");
        await blocker.OpenAsync();
        await blocker.ExecuteAsync("BEGIN IMMEDIATE");
        var before = Task.Run(() => f.Store.SubmitAsync(Submit(ReportA("420102001", 2020, 1, 2, 3, 0, 0), "before"), null));
        await Task.Delay(100);
        var overflowing = Task.Run(() => f.Store.SubmitAsync(Submit(ReportB("411328001", 2020, 1, 0, 0), "one"), null));
        var after = Task.Run(() => f.Store.SubmitAsync(Submit(ReportB("420102001", 2021, 4, 5, 6), "after"), null));
        await Task.Delay(200);
        await blocker.ExecuteAsync("ROLLBACK");

        Assert.Equal(SubmitOutcome.Created, (await before).Outcome);
        await Assert.ThrowsAsync<OverflowException>(() => overflowing);
        Assert.Equal(SubmitOutcome.Created, (await after).Outcome);
        Assert.Empty(await f.Store.ListRevisionsAsync("411328001", 2020));
        var maintained = Describe(await f.Rollups.ListTotalsAsync());
        await f.Store.RebuildTotalsAsync();
        Assert.Equal(Describe(await f.Rollups.ListTotalsAsync()), maintained);
    }

    private static List<string> Describe(IEnumerable<RollupTotal> totals) =>
        totals.Select(t => $"{t.Level} {t.AreaCode} {t.Year} {t.Format} {(t.Flagged ? 1 : 0)} {t.Reports} [{string.Join(",", t.Sums)}]").ToList();

    [Fact]
    public async Task Submissions_committed_together_keep_the_same_totals_and_revisions_as_one_at_a_time()
    {
        using var oneAtATime = await StoreFixture.CreateAsync();
        var sequential = new List<SubmitResult>();
        foreach (var step in Steps())
            sequential.Add(await oneAtATime.Store.SubmitAsync(step, null));

        // All queued at once: the writer commits them in one or a few batches, corrections of the same
        // township and year inside the same transaction, in the order they were queued.
        using var together = await StoreFixture.CreateAsync();
        var batched = await Task.WhenAll(Steps().Select(step => together.Store.SubmitAsync(step, null)));

        Assert.Equal(sequential.Select(r => (r.Outcome, r.Current!.Revision)), batched.Select(r => (r.Outcome, r.Current!.Revision)));
        var maintained = Describe(await together.Rollups.ListTotalsAsync());
        Assert.Equal(Describe(await oneAtATime.Rollups.ListTotalsAsync()), maintained);
        await together.Store.RebuildTotalsAsync();
        Assert.Equal(Describe(await together.Rollups.ListTotalsAsync()), maintained);
    }
}
