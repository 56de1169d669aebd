using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>
/// The database failing under a running service: a full disk answers 507 and shows in /health until there is room
/// again; a damaged page answers a 500 problem and makes /health 503 from then on.
/// </summary>
public sealed class StorageFailureTests : IDisposable
{
    private readonly ServiceFactory _service = new();
    private readonly List<IDisposable> _more = [];

    public void Dispose()
    {
        foreach (var more in _more) more.Dispose();
        _service.Dispose();
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<HttpResponseMessage> HealthWhenWarmAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await client.GetAsync("/health");
            var warming = response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null;
            if (!warming || DateTime.UtcNow > deadline) return response;
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_full_disk_answers_507_shows_in_health_and_writes_resume_once_there_is_room()
    {
        var admin = _service.CreateAdminClient();
        var townships = Streets.OfHenan();
        Assert.Equal(HttpStatusCode.OK, (await HealthWhenWarmAsync(admin)).StatusCode);
        var database = _service.Services.GetRequiredService<Database>();

        // A real SQLITE_FULL: the writer's connection may not grow the file by a single page (max_page_count is a
        // setting of the connection, and the writer keeps its connection while the disk is full).
        await database.WriteAsync(async (connection, transaction) =>
        {
            var pages = await connection.ExecuteScalarAsync<long>("PRAGMA page_count", transaction: transaction);
            return await connection.ExecuteScalarAsync<long>($"PRAGMA max_page_count = {pages}", transaction: transaction);
        });
        var stored = 0;
        HttpResponseMessage refused;
        while (true)
        {
            refused = await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.FiledAs(townships[stored]).ToJsonString()));
            if (refused.StatusCode != HttpStatusCode.Created || ++stored == 50) break;
        }

        Assert.Equal(HttpStatusCode.InsufficientStorage, refused.StatusCode);
        var problem = await ProblemAsync(refused);
        Assert.Equal("/problems/insufficient-storage", (string)problem["type"]!);
        Assert.Equal("Insufficient storage", (string)problem["title"]!);
        Assert.Equal(507, (int)problem["status"]!);
        Assert.Equal("The disk that holds the database is full: nothing was stored. Try again once space has been freed.", (string)problem["detail"]!);
        Assert.Equal("/api/v1/reports", (string)problem["instance"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Routes.Report(townships[stored], 2020))).StatusCode);

        using (var health = await admin.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            var unhealthy = await ProblemAsync(health);
            Assert.Equal("/problems/unavailable", (string)unhealthy["type"]!);
            Assert.StartsWith($"The disk that holds {database.Path} is full: SQLite Error 13: 'database or disk is full'.", (string)unhealthy["detail"]!);
        }

        // Room again: the health probe's own write proves it (at most once a second), then the write goes through.
        await database.WriteAsync((connection, transaction) =>
            connection.ExecuteScalarAsync<long>("PRAGMA max_page_count = 1073741823", transaction: transaction));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpStatusCode status;
        while ((status = (await admin.GetAsync("/health")).StatusCode) != HttpStatusCode.OK && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.FiledAs(townships[stored]).ToJsonString()))).StatusCode);
        Assert.Equal(stored + 1, (int)JsonNode.Parse(await admin.GetStringAsync(Routes.Reports(limit: 1000)))!["total"]!);
    }

    /// <summary>
    /// The leftmost leaf under a table b-tree's page <paramref name="page"/> (https://sqlite.org/fileformat.html): an
    /// interior page (type 5) lists its cells' offsets after a 12-byte header; each cell starts with its child's page number.
    /// </summary>
    private static long FirstLeaf(string path, long page, long pageSize)
    {
        var bytes = new byte[pageSize];
        using var file = File.OpenRead(path);
        while (true)
        {
            file.Position = (page - 1) * pageSize;
            file.ReadExactly(bytes);
            var header = page == 1 ? 100 : 0;
            if (bytes[header] == 0x0D) return page;
            Assert.Equal(0x05, bytes[header]);
            var firstCell = (bytes[header + 12] << 8) | bytes[header + 13];
            page = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(firstCell, 4));
        }
    }

    [Fact]
    public async Task A_damaged_page_found_by_a_read_answers_500_and_health_stays_503()
    {
        var townships = Streets.OfHenan();
        var path = Path.Combine(Path.GetDirectoryName(_service.DatabasePath)!, "damaged", "reports.db");
        using (var first = new ServiceFactory(path))
        {
            var admin = first.CreateAdminClient();
            for (var i = 0; i < 40; i++)
                Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.FiledAs(townships[i]).ToJsonString()))).StatusCode);
        }

        // The first leaf page of report_revisions holds the first reports' revisions; nothing at start-up reads it
        // (40 reports fill several leaves, and start-up reads only the last, for the newest id).
        // Its page-type byte is overwritten with one no b-tree page has.
        long page, pageSize;
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            pageSize = connection.ExecuteScalar<long>("PRAGMA page_size");
            page = connection.ExecuteScalar<long>("SELECT rootpage FROM sqlite_schema WHERE name = 'report_revisions'");
        }
        page = FirstLeaf(path, page, pageSize);
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = (page - 1) * pageSize;
            file.Write([0xEE, 0xEE, 0xEE, 0xEE, 0xEE, 0xEE, 0xEE, 0xEE]);
        }

        var restarted = new ServiceFactory(path);
        _more.Add(restarted);
        var client = restarted.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await HealthWhenWarmAsync(client)).StatusCode);

        using var read = await client.GetAsync(Routes.Report(townships[0], 2020));

        Assert.Equal(HttpStatusCode.InternalServerError, read.StatusCode);
        var problem = await ProblemAsync(read);
        Assert.Equal("/problems/database-corrupt", (string)problem["type"]!);
        Assert.Equal("Database damaged", (string)problem["title"]!);
        Assert.Equal(500, (int)problem["status"]!);
        Assert.Equal("The database file is damaged: the service cannot answer from it. It must be restored from a backup.", (string)problem["detail"]!);
        for (var i = 0; i < 2; i++)
        {
            using var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.StartsWith($"The database file {path} is damaged: SQLite Error 11: 'database disk image is malformed'.",
                (string)(await ProblemAsync(health))["detail"]!);
        }
    }
}
