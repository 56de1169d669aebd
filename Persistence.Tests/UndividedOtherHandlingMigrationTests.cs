using Dapper;
using Disclosure.Domain.Formats;
using Disclosure.Persistence.Tests.Rollups;

namespace Disclosure.Persistence.Tests;

/// <summary>Migration 0005 on a database whose 2021 reports were stored before the format had its undivided （六） cells.</summary>
public class UndividedOtherHandlingMigrationTests
{
    private const int NewCells = 8;

    [Fact]
    public async Task Reports_and_totals_stored_before_keep_every_figure_and_gain_the_new_cells_as_zero()
    {
        using var f = await RollupStoreFixture.CreateAsync();
        var before = await f.SubmitAsync(RollupStoreFixture.Report2021("411328110", 2021));
        await f.SubmitAsync(RollupStoreFixture.Report2019("411328111", 2020));
        var totalsBefore = await f.Rollups.ListTotalsAsync();

        // Take the database back to what 0004 left: 2021 vectors without their last 8 cells, no publication dates.
        await f.Database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync($"""
                UPDATE report_revisions SET vals = substr(vals, 1, length(vals) - {NewCells}) WHERE format = '2021';
                UPDATE rollup_totals SET vals = substr(vals, 1, length(vals) - {NewCells}) WHERE format = '2021';
                ALTER TABLE report_revisions DROP COLUMN published_at;
                ALTER TABLE reports DROP COLUMN published_at;
                DELETE FROM schema_migrations WHERE version = 5;
                """, transaction: transaction);
            return 0;
        });
        var shortened = await f.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT length(vals) FROM report_revisions WHERE format = '2021'"));

        Assert.Equal([5], await Migrator.ApplyAsync(f.Database));

        var after = (await f.Reports.GetAsync("411328110", 2021))!;
        Assert.Equal(before.Report.Values, after.Report.Values);
        Assert.Equal("2021", after.Report.Layout.Id);
        Assert.Equal(shortened + NewCells, await f.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT length(vals) FROM report_revisions WHERE format = '2021'")));
        Assert.Equal(ReportFormats.Format2021.Cells.Count, after.Report.Values.Length);
        Assert.Equal(Describe(totalsBefore), Describe(await f.Rollups.ListTotalsAsync()));
    }

    private static string[] Describe(IReadOnlyList<RollupTotal> totals) =>
        [.. totals.Select(t => $"{t.Level} {t.AreaCode} {t.Year} {t.Format} {t.Flagged} {t.Reports} {string.Join(",", t.Sums)}")];
}
