using Dapper;

namespace Disclosure.Persistence.Tests;

/// <summary>
/// An acknowledged write is on disk: every connection, the writer's and the readers', runs with
/// <c>synchronous = FULL</c> (2), which syncs the WAL at each commit. NORMAL (1) syncs only at checkpoints, so a
/// commit acknowledged to a client could be lost on power loss.
/// </summary>
public sealed class DurabilityTests
{
    private const long Full = 2;

    [Fact]
    public async Task The_writer_and_the_readers_sync_every_commit()
    {
        using var temp = new TempDatabase();

        var writer = await temp.Database.WriteAsync((connection, transaction) =>
            connection.ExecuteScalarAsync<long>("PRAGMA synchronous", transaction: transaction));
        var readers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            temp.Database.ReadAsync(connection => connection.ExecuteScalarAsync<long>("PRAGMA synchronous"))));

        Assert.Equal(Full, writer);
        Assert.Equal([Full, Full, Full], readers);
    }
}
