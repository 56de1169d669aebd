using System.Net.Sockets;
using System.Text;
using Disclosure.Api.Tests.Resilience;
using Microsoft.Data.Sqlite;

namespace Disclosure.Api.Tests.Http.Reads;

/// <summary>
/// A client that stops reading in the middle of an answer holds no read transaction: a writer can still checkpoint
/// the whole WAL and reset it. (A read transaction left open pins every frame written after it, and the WAL grows.)
/// </summary>
public sealed class SlowReaderTests(LoadedDatabase database) : IClassFixture<LoadedDatabase>
{
    [Theory]
    [InlineData("/api/v1/cells?area=4113&limit=2000")]
    [InlineData("/api/v1/cells?area=4113&limit=2000&format=csv")]
    [InlineData("/api/v1/rollups/applications?area=4113&groupBy=township,year&limit=10000&format=csv")]
    public async Task A_reader_that_stalls_mid_answer_does_not_keep_the_wal_from_being_reset(string path)
    {
        using var service = await ServiceProcess.StartAsync(database.Path);
        using var reader = new TcpClient();
        await reader.ConnectAsync(service.Address.Host, service.Address.Port);
        var stream = reader.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {service.Address.Authority}\r\n\r\n"));
        // The status line and headers and the first bytes of the answer, then nothing more: the answer is megabytes,
        // far more than the socket's buffers hold, so the service waits for this client in the middle of it.
        var start = new byte[4096];
        var read = 0;
        while (read < start.Length)
        {
            var n = await stream.ReadAsync(start.AsMemory(read));
            Assert.True(n > 0, "the service closed the connection");
            read += n;
        }
        Assert.StartsWith("HTTP/1.1 200", Encoding.ASCII.GetString(start));

        await using var writer = new SqliteConnection($"Data Source={database.Path};Pooling=False");
        await writer.OpenAsync();
        await Execute(writer, "PRAGMA busy_timeout = 500; CREATE TABLE IF NOT EXISTS wal_probe (at TEXT); INSERT INTO wal_probe VALUES (datetime('now'));");
        await using var checkpoint = writer.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var result = await checkpoint.ExecuteReaderAsync();
        Assert.True(await result.ReadAsync());

        Assert.Equal(0L, result.GetInt64(0));          // busy: no reader kept it from finishing
        Assert.Equal(0L, result.GetInt64(1));          // frames left in the WAL: it was reset
        Assert.Equal(0L, new FileInfo(database.Path + "-wal").Length);
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
