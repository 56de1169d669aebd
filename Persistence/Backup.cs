using System.Globalization;

namespace Disclosure.Persistence;

/// <summary>One consistent copy of the database, made while the service runs.</summary>
public sealed record BackupFile(string Path, long Bytes, DateTimeOffset CreatedAt)
{
    public string Name => System.IO.Path.GetFileName(Path);
}

/// <summary>
/// Copies the live database with <c>VACUUM INTO</c>: one read transaction, so the copy is the database as of one
/// commit, compacted, with no WAL beside it. In WAL mode writers go on while it runs; nothing is stopped.
/// </summary>
public sealed class Backup(Database database)
{
    private const string VacuumInto = "VACUUM INTO @Path";

    // One backup at a time, so that two made in the same millisecond cannot pick the same name.
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>
    /// Writes a new file <c>reports-{UTC time}.db</c> in <paramref name="folder"/> (created when missing) and returns it.
    /// Never overwrites a file: VACUUM INTO refuses an existing one, and a name already taken gets a counter.
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

        await database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = VacuumInto;
            command.Parameters.AddWithValue("@Path", path);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        return new BackupFile(path, new FileInfo(path).Length, now);
    }
}
