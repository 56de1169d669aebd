using Dapper;

namespace Disclosure.Persistence.Tests;

public class MigratorTests
{
    [Fact]
    public async Task A_fresh_file_gets_every_migration_and_a_second_run_applies_none()
    {
        using var temp = new TempDatabase();
        var embedded = Migrator.Embedded();

        var first = await Migrator.ApplyAsync(temp.Database);
        var second = await Migrator.ApplyAsync(temp.Database);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], embedded.Select(m => m.Version));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], first);
        Assert.Empty(second);
        var journal = await Migrator.JournalAsync(temp.Database);
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L], journal.Select(j => j.Version));
        Assert.Equal(["reports", "township_keys", "totals_by_year", "database_generation", "undivided_other_handling_and_publication_date", "review_states", "explanations", "current_reports"], journal.Select(j => j.Name));
        Assert.Equal(embedded.Select(m => m.Checksum), journal.Select(j => j.Checksum));
        Assert.All(journal, j => Assert.Matches(@"^[0-9a-f]{64}$", j.Checksum));
        Assert.All(journal, j => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$", j.AppliedAt));
        var tables = await temp.Database.ReadAsync(async c => (await c.QueryAsync<string>(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")).ToArray());
        Assert.Equal(["database_generation", "report_explanations", "report_reviews", "report_revisions", "reports", "rollup_totals", "schema_migrations", "township_keys"], tables);
    }

    [Fact]
    public async Task Migrations_apply_in_version_order_each_recorded()
    {
        using var temp = new TempDatabase();
        var one = Migration.Create(1, "first", "CREATE TABLE a (n INTEGER);");
        var two = Migration.Create(2, "second", "INSERT INTO a VALUES (2);");

        Assert.Equal([1], await Migrator.ApplyAsync(temp.Database, [one]));
        Assert.Equal([2], await Migrator.ApplyAsync(temp.Database, [two, one]));

        var journal = await Migrator.JournalAsync(temp.Database);
        Assert.Equal([(1L, "first", one.Checksum), (2L, "second", two.Checksum)], journal.Select(j => (j.Version, j.Name, j.Checksum)));
        Assert.Equal(2L, await temp.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT n FROM a")));
    }

    [Fact]
    public async Task A_failing_migration_leaves_no_trace_and_stops()
    {
        using var temp = new TempDatabase();
        var good = Migration.Create(1, "good", "CREATE TABLE a (n INTEGER);");
        var bad = Migration.Create(2, "bad", "CREATE TABLE b (n INTEGER); INSERT INTO nowhere VALUES (1);");

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => Migrator.ApplyAsync(temp.Database, [good, bad]));

        Assert.Equal([1L], (await Migrator.JournalAsync(temp.Database)).Select(j => j.Version));
        Assert.Equal(0L, await temp.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'b'")));
    }

    [Fact]
    public async Task An_applied_migration_that_was_edited_fails_start_up()
    {
        using var temp = new TempDatabase();
        await Migrator.ApplyAsync(temp.Database, [Migration.Create(1, "first", "CREATE TABLE a (n INTEGER);")]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Migrator.ApplyAsync(temp.Database, [Migration.Create(1, "first", "CREATE TABLE a (n INTEGER, m INTEGER);")]));

        Assert.StartsWith("Migration 0001_first was changed after it was applied", error.Message);
    }

    [Fact]
    public void Line_endings_do_not_change_a_checksum()
    {
        Assert.Equal(Migration.Create(1, "x", "A;\nB;").Checksum, Migration.Create(1, "x", "A;\r\nB;").Checksum);
    }
}
