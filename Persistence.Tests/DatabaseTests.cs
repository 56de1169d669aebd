using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Disclosure.Persistence.Tests;

public class DatabaseTests
{
    private static readonly LockRetryOptions QuickRetries = new()
    {
        CommandTimeoutSeconds = 1,
        WriteAttempts = 6,
        WriteRetryDelay = TimeSpan.FromMilliseconds(100),
    };

    [Fact]
    public async Task Creates_the_folder_and_sets_wal_and_the_connection_pragmas()
    {
        using var temp = new TempDatabase();

        Assert.True(File.Exists(temp.Path));
        var pragmas = await temp.Database.ReadAsync(async connection => (
            JournalMode: await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"),
            ForeignKeys: await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"),
            Synchronous: await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"),
            BusyTimeout: await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout")));

        Assert.Equal(("wal", 1L, 2L, 100L), pragmas);
    }

    [Fact]
    public async Task A_write_unit_holds_the_write_lock_from_its_start()
    {
        using var temp = new TempDatabase();

        using var other = OpenOtherConnection(temp.Path);

        // Straight to SQLite (no driver retry loop, busy_timeout 0): can another connection start writing?
        var otherBegin = await temp.Database.WriteAsync((_, _) =>
            Task.FromResult(SQLitePCL.raw.sqlite3_exec(other.Handle, "BEGIN IMMEDIATE", out string _)));

        Assert.Equal(SQLitePCL.raw.SQLITE_BUSY, otherBegin);
    }

    [Fact]
    public async Task A_write_unit_commits_and_a_failing_one_rolls_back_without_retry()
    {
        using var temp = new TempDatabase();
        await temp.Database.WriteAsync((c, t) => c.ExecuteAsync("CREATE TABLE t (n INTEGER)", transaction: t));
        var attempts = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => temp.Database.WriteAsync<int>(async (c, t) =>
        {
            attempts++;
            await c.ExecuteAsync("INSERT INTO t VALUES (1)", transaction: t);
            throw new InvalidOperationException("boom");
        }));

        Assert.Equal(1, attempts);
        Assert.Equal(0L, await temp.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT count(*) FROM t")));
    }

    [Fact]
    public async Task Writers_of_one_process_take_turns_without_meeting_a_lock()
    {
        using var temp = new TempDatabase();
        await temp.Database.WriteAsync((c, t) => c.ExecuteAsync("CREATE TABLE counter (n INTEGER); INSERT INTO counter VALUES (0);", transaction: t));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => temp.Database.WriteAsync(async (c, t) =>
        {
            var n = await c.ExecuteScalarAsync<long>("SELECT n FROM counter", transaction: t);
            await Task.Yield();
            return await c.ExecuteAsync("UPDATE counter SET n = @n", new { n = n + 1 }, t);
        }))));

        Assert.Equal(20L, await temp.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT n FROM counter")));
        Assert.Equal(0, temp.Database.WriteRetries);
    }

    [Fact]
    public async Task A_unit_that_meets_another_connections_lock_is_retried_and_succeeds()
    {
        using var temp = new TempDatabase(QuickRetries);
        await temp.Database.WriteAsync((c, t) => c.ExecuteAsync("CREATE TABLE t (n INTEGER)", transaction: t));
        using var other = OpenOtherConnection(temp.Path);
        using var held = other.BeginTransaction(deferred: false);
        var release = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1500));
            held.Commit();
        });
        var attempts = 0;

        var stopwatch = Stopwatch.StartNew();
        var inserted = await temp.Database.WriteAsync((c, t) =>
        {
            attempts++;
            return c.ExecuteAsync("INSERT INTO t VALUES (7)", transaction: t);
        });
        await release;

        Assert.Equal(1, inserted);
        Assert.Equal(1, attempts); // the lock is met at BEGIN, before the work runs
        Assert.True(temp.Database.WriteRetries >= 1, $"expected a retry, saw {temp.Database.WriteRetries}");
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(1400), $"finished after {stopwatch.Elapsed}");
        Assert.Equal(7L, await temp.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT n FROM t")));
    }

    [Fact]
    public async Task A_unit_that_keeps_meeting_a_lock_fails_after_the_configured_attempts()
    {
        using var temp = new TempDatabase(QuickRetries with { WriteAttempts = 3, WriteRetryDelay = TimeSpan.FromMilliseconds(20) });
        using var other = OpenOtherConnection(temp.Path);
        using var held = other.BeginTransaction(deferred: false);
        var attempts = 0;

        var error = await Assert.ThrowsAsync<SqliteException>(() => temp.Database.WriteAsync((c, t) =>
        {
            attempts++;
            return Task.FromResult(0);
        }));

        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
        Assert.Equal(2, temp.Database.WriteRetries);
        Assert.Equal(0, attempts);
    }

    /// <summary>A connection of its own, as another process would have.</summary>
    private static SqliteConnection OpenOtherConnection(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            DefaultTimeout = 1,
        }.ToString());
        connection.Open();
        return connection;
    }
}
