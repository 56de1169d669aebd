using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Disclosure.Persistence;

/// <summary>
/// Copies the live database with <c>VACUUM INTO</c>: one read transaction, so the copy is the database as of one
/// commit, compacted, with no WAL beside it. In WAL mode writers go on while it runs; nothing is stopped.
/// The copy is written under a temporary name (<c>….db.partial</c>), given a generation id of its own, checked, and
/// only then renamed to its final name: a file named <c>reports-….db</c> is always a complete, sound backup. On any
/// failure (a full disk, say) the partial file is deleted and the error thrown.
/// </summary>
public sealed class Backup(Database database)
{
    private const string VacuumInto = "VACUUM INTO @Path";

    /// <summary>The suffix of a copy still being written or checked.</summary>
    public const string PartialSuffix = ".partial";

    // One backup at a time, so that two made in the same millisecond cannot pick the same name.
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>
    /// Writes a new file <c>reports-{UTC time}.db</c> in <paramref name="folder"/> (created when missing) and returns it.
    /// Never overwrites a file: the rename refuses an existing one, and a name already taken gets a counter.
    /// </summary>
    public async Task<BackupFile> CreateAsync(string folder, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            return await CreateOneAsync(folder, now, cancellationToken);
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<BackupFile> CreateOneAsync(string folder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        folder = System.IO.Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var path = System.IO.Path.Combine(folder, $"reports-{stamp}.db");
        for (var n = 2; File.Exists(path); n++)
            path = System.IO.Path.Combine(folder, $"reports-{stamp}-{n}.db");
        var partial = path + PartialSuffix;

        try
        {
            await database.ReadAsync(async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = VacuumInto;
                command.Parameters.AddWithValue("@Path", partial);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            }, cancellationToken);
            var journal = (await Migrator.JournalAsync(database, cancellationToken)).Count;
            await ReadyAsync(partial, journal, cancellationToken);
            File.Move(partial, path, overwrite: false);
        }
        catch
        {
            DeletePartial(partial);
            throw;
        }
        return new BackupFile(path, new FileInfo(path).Length, now);
    }

    /// <summary>
    /// Gives the copy a generation id of its own (a commit: synced to disk, as VACUUM INTO itself does not promise), then
    /// proves it sound: <c>PRAGMA integrity_check</c> answers ok and the migration journal is all there. A copy cut short
    /// by a full disk fails one or the other.
    /// </summary>
    private static async Task ReadyAsync(string partial, int journal, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = partial, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var synchronous = connection.CreateCommand())
        {
            synchronous.CommandText = "PRAGMA synchronous = FULL";
            await synchronous.ExecuteNonQueryAsync(cancellationToken);
        }
        await DataGeneration.RenewAsync(connection, cancellationToken);

        var integrity = await connection.QueryAsync<string>(new CommandDefinition("PRAGMA integrity_check", cancellationToken: cancellationToken));
        if (integrity.AsList() is not ["ok"])
            throw new InvalidOperationException($"The backup copy {partial} failed its integrity check: {string.Join("; ", integrity.Take(5))}");
        var copied = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM schema_migrations", cancellationToken: cancellationToken));
        if (copied != journal)
            throw new InvalidOperationException($"The backup copy {partial} holds {copied} of the database's {journal} migrations.");
    }

    /// <summary>Removes a copy that did not make it, and the rollback journal a failed commit in it may have left.</summary>
    private static void DeletePartial(string partial)
    {
        foreach (var file in new[] { partial, partial + "-journal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done here; the name ends in .partial, so no one takes it for a backup.
            }
        }
    }
}
