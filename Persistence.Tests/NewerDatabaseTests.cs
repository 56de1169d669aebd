using Dapper;

namespace Disclosure.Persistence.Tests;

/// <summary>A file migrated by a newer version of the service is refused, not half-read.</summary>
public sealed class NewerDatabaseTests
{
    [Fact]
    public async Task A_migration_this_version_does_not_know_stops_start_up_naming_the_file_and_the_migration()
    {
        using var temp = new TempDatabase();
        await Migrator.ApplyAsync(temp.Database);
        var latest = Migrator.Embedded().Max(m => m.Version);
        // What a newer version would leave: its migration in the journal, and a column renamed.
        await temp.Database.WriteAsync((connection, transaction) => connection.ExecuteAsync($"""
            ALTER TABLE report_revisions RENAME COLUMN vals TO cell_values;
            INSERT INTO schema_migrations (version, name, checksum, applied_at)
            VALUES ({latest + 1}, 'renamed_cells', 'abc', '2030-01-01T00:00:00.0000000Z');
            """, transaction: transaction));

        var error = await Assert.ThrowsAsync<UnusableDatabaseException>(() => Migrator.ApplyAsync(temp.Database));

        Assert.Equal(temp.Database.Path, error.Path);
        Assert.Equal(
            $"Database {temp.Database.Path} was migrated by a newer version of this service: its schema_migrations records " +
            $"migration {latest + 1:D4}_renamed_cells, which this version does not know (it knows up to {latest:D4}). " +
            "Run the newer version, or restore a backup made by this version.", error.Message);
    }

    [Fact]
    public async Task Nothing_is_applied_to_a_newer_file()
    {
        using var temp = new TempDatabase();
        var one = Migration.Create(1, "first", "CREATE TABLE a (n INTEGER);");
        var two = Migration.Create(2, "second", "CREATE TABLE b (n INTEGER);");
        var three = Migration.Create(3, "third", "CREATE TABLE c (n INTEGER);");
        await Migrator.ApplyAsync(temp.Database, [one, three]);

        await Assert.ThrowsAsync<UnusableDatabaseException>(() => Migrator.ApplyAsync(temp.Database, [one, two]));

        Assert.Equal([1L, 3L], (await Migrator.JournalAsync(temp.Database)).Select(j => j.Version));
        Assert.Equal(0L, await temp.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'b'")));
    }
}
