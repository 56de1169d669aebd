using static Disclosure.Persistence.Tests.StoreFixture;

namespace Disclosure.Persistence.Tests;

public class ConcurrentWritersTests
{
    [Fact]
    public async Task Two_services_on_one_file_number_revisions_without_gaps_and_keep_totals_right()
    {
        using var f = await StoreFixture.CreateAsync();
        // A second Database on the same file has its own write gate, as another process would.
        using var otherDatabase = new Database(f.Database.Path);
        var other = new ReportStore(otherDatabase, Resolve);

        var submissions = Enumerable.Range(1, 16).Select(i =>
        {
            var store = i % 2 == 0 ? f.Store : other;
            return Task.Run(() => store.SubmitAsync(Submit(ReportA("411328110", 2020, i, i, 2 * i, -i, i * 100), $"hash-{i}"), null));
        });
        var results = await Task.WhenAll(submissions);

        Assert.Equal(Enumerable.Range(1, 16), results.Select(r => r.Current!.Revision).Order());
        Assert.Equal(1, results.Count(r => r.Outcome == SubmitOutcome.Created));
        var revisions = await f.Store.ListRevisionsAsync("411328110", 2020);
        Assert.Equal(Enumerable.Range(1, 16), revisions.Select(r => r.Revision));
        var current = (await f.Store.GetAsync("411328110", 2020))!;
        var nation = Assert.Single(await f.Rollups.ListTotalsAsync(level: 0));
        Assert.Equal(1L, nation.Reports);
        Assert.Equal(current.Report.Values, nation.Sums);
    }
}
