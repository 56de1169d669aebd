using System.Text;
using System.Text.RegularExpressions;
using Dapper;

namespace Disclosure.Persistence;

/// <summary>
/// Brings the schema up to date at start-up: the numbered scripts embedded from <c>Migrations/NNNN_name.sql</c>
/// run in order, each in its own transaction, and each is recorded in <c>schema_migrations</c>.
/// A script that was applied and has since been edited stops start-up: migrations are append-only.
/// </summary>
public static partial class Migrator
{
    private const string CreateJournal = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            checksum   TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT;
        """;

    private const string SelectApplied = """
        SELECT version AS Version, name AS Name, checksum AS Checksum, applied_at AS AppliedAt
        FROM schema_migrations
        ORDER BY version
        """;

    private const string InsertApplied = """
        INSERT INTO schema_migrations (version, name, checksum, applied_at)
        VALUES (@Version, @Name, @Checksum, @AppliedAt)
        """;

    /// <summary>
    /// Applies every embedded migration not yet in the journal and returns the versions it applied; then proves the
    /// file can be written, so that a file the service may only read stops start-up rather than every write after it.
    /// </summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(Database database, CancellationToken cancellationToken = default)
    {
        var applied = await ApplyAsync(database, Embedded(), cancellationToken);
        try
        {
            // A transaction that writes nothing needs no write access: this one rewrites a row as it is.
            await database.WriteAsync((connection, transaction) =>
                connection.ExecuteAsync("UPDATE database_generation SET id = id", transaction: transaction), cancellationToken);
        }
        catch (Exception e) when (UnusableDatabaseException.From(database.Path, e) is { } unusable)
        {
            throw unusable;
        }
        return applied;
    }

    /// <summary>
    /// Applies <paramref name="migrations"/> (in version order) that are not yet in the journal. A file that cannot be
    /// used (damaged, unwritable, from a newer version) throws <see cref="UnusableDatabaseException"/>.
    /// </summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(
        Database database, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ApplyUncheckedAsync(database, migrations, cancellationToken);
        }
        catch (Exception e) when (UnusableDatabaseException.From(database.Path, e) is { } unusable)
        {
            throw unusable;
        }
    }

    private static async Task<IReadOnlyList<int>> ApplyUncheckedAsync(
        Database database, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await database.WriteAsync((connection, transaction) => connection.ExecuteAsync(CreateJournal, transaction: transaction), cancellationToken);
        await RefuseUnknownAsync(database, migrations, cancellationToken);

        var applied = new List<int>();
        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            // Checked again inside the write unit: another process may have applied it meanwhile.
            var ran = await database.WriteAsync(async (connection, transaction) =>
            {
                var journal = await connection.QueryAsync<AppliedMigration>(SelectApplied, transaction: transaction);
                var recorded = journal.FirstOrDefault(j => j.Version == migration.Version);
                if (recorded is not null)
                {
                    if (recorded.Checksum != migration.Checksum)
                        throw new InvalidOperationException(
                            $"Migration {migration.Version:D4}_{migration.Name} was changed after it was applied " +
                            $"(checksum {recorded.Checksum} in schema_migrations, {migration.Checksum} now). " +
                            "Applied migrations must not be edited: restore the script and add a new migration instead.");
                    return false;
                }

                await connection.ExecuteAsync(migration.Sql, transaction: transaction);
                await connection.ExecuteAsync(InsertApplied, new
                {
                    migration.Version,
                    migration.Name,
                    migration.Checksum,
                    AppliedAt = Clock.Format(DateTimeOffset.UtcNow),
                }, transaction);
                return true;
            }, cancellationToken);

            if (ran) applied.Add(migration.Version);
        }
        return applied;
    }

    /// <summary>
    /// A migration in the journal that this code does not have means a newer version of the service wrote the file:
    /// its schema may differ in ways this version would misread, so nothing is applied and start-up stops.
    /// </summary>
    private static async Task RefuseUnknownAsync(Database database, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        var known = migrations.Select(m => m.Version).ToHashSet();
        var unknown = (await JournalAsync(database, cancellationToken)).Where(j => !known.Contains((int)j.Version)).ToList();
        if (unknown.Count == 0)
            return;
        var names = string.Join(", ", unknown.Select(j => $"{j.Version:D4}_{j.Name}"));
        throw new UnusableDatabaseException(database.Path,
            $"Database {database.Path} was migrated by a newer version of this service: its schema_migrations records " +
            $"{(unknown.Count == 1 ? "migration" : "migrations")} {names}, which this version does not know " +
            $"(it knows up to {(migrations.Count == 0 ? "none" : $"{migrations.Max(m => m.Version):D4}")}). " +
            "Run the newer version, or restore a backup made by this version.");
    }

    /// <summary>The journal, in version order.</summary>
    public static async Task<IReadOnlyList<AppliedMigration>> JournalAsync(Database database, CancellationToken cancellationToken = default) =>
        await database.ReadAsync(async connection => (await connection.QueryAsync<AppliedMigration>(SelectApplied)).AsList(), cancellationToken);

    /// <summary>The migrations embedded in this assembly, in version order.</summary>
    public static IReadOnlyList<Migration> Embedded()
    {
        var assembly = typeof(Migrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            migrations.Add(Migration.Create(int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["name"].Value, reader.ReadToEnd()));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two migrations have version {duplicate.Key:D4}.");
        return migrations.OrderBy(m => m.Version).ToList();
    }

    [GeneratedRegex(@"\.Migrations\.(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}
