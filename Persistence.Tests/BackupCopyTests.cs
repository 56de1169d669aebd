using Dapper;
using Microsoft.Data.Sqlite;

namespace Disclosure.Persistence.Tests;

/// <summary>A backup is written under a temporary name, checked, and renamed only then; a failed one leaves nothing.</summary>
public sealed class BackupCopyTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 31, 16, 0, 0, 123, TimeSpan.Zero);
    private const string Name = "reports-20250131T160000123Z.db";

    private static async Task<TempDatabase> MigratedAsync()
    {
        var temp = new TempDatabase();
        await Migrator.ApplyAsync(temp.Database);
        return temp;
    }

    private static string Generation(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        return connection.ExecuteScalar<string>("SELECT id FROM database_generation")!;
    }

    [Fact]
    public async Task A_backup_is_renamed_into_place_with_a_generation_of_its_own()
    {
        using var temp = await MigratedAsync();
        var folder = Path.Combine(temp.Folder, "backups");

        var file = await new Backup(temp.Database).CreateAsync(folder, Now);

        Assert.Equal(Path.Combine(folder, Name), file.Path);
        Assert.Equal([Name], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal(new FileInfo(file.Path).Length, file.Bytes);
        var live = await temp.Database.ReadAsync(c => c.ExecuteScalarAsync<string>("SELECT id FROM database_generation"));
        Assert.Matches("^[0-9a-f]{32}$", Generation(file.Path));
        Assert.NotEqual(live, Generation(file.Path));
        SqliteFiles.AssertIntact(file.Path);
    }

    [Fact]
    public async Task A_backup_onto_a_full_disk_fails_with_SQLITE_FULL_and_leaves_no_file()
    {
        using var temp = await MigratedAsync();
        var folder = Path.Combine(temp.Folder, "backups");
        Directory.CreateDirectory(folder);
        // A real full disk, without mounting one: the copy's temporary name is a link to /dev/full, where every write
        // fails with ENOSPC, which SQLite reports as SQLITE_FULL - what VACUUM INTO meets when the disk fills up.
        File.CreateSymbolicLink(Path.Combine(folder, Name + Backup.PartialSuffix), "/dev/full");

        var error = await Assert.ThrowsAsync<SqliteException>(() => new Backup(temp.Database).CreateAsync(folder, Now));

        Assert.Equal(13, error.SqliteErrorCode);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
        Assert.True(File.Exists("/dev/full"));
    }
}
