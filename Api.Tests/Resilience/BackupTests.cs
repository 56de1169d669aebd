using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Persistence.Tests;
using static Disclosure.Api.Tests.Resilience.Acknowledgement;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>POST /api/v1/backups: a consistent copy of the live database, made while reports keep arriving, that a new service opens.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly ServiceFactory _service = new();
    private readonly List<IDisposable> _more = [];

    public void Dispose()
    {
        foreach (var more in _more) more.Dispose();
        _service.Dispose();
    }

    [Fact]
    public async Task A_backup_taken_while_reports_arrive_holds_every_report_acknowledged_before_it()
    {
        var townships = Streets.OfHenan();
        var admin = _service.CreateAdminClient();
        var acks = new ConcurrentDictionary<string, Acknowledgement>();
        for (var i = 0; i < 30; i++)
        {
            var ack = await SubmitAsync(admin, townships[i], i);
            acks[ack.Location] = ack;
        }

        // Another client keeps submitting, new reports and new revisions, while the backup is made.
        using var stop = new CancellationTokenSource();
        var submittedWhileBackingUp = 0;
        var writer = Task.Run(async () =>
        {
            using var client = _service.CreateAdminClient();
            for (var n = 0; n < 500 && !stop.IsCancellationRequested; n++)
            {
                var ack = await SubmitAsync(client, n % 2 == 0 ? townships[30 + n] : townships[n % 30], 1000 + n);
                acks.AddOrUpdate(ack.Location, ack, (_, earlier) => ack.Revision > earlier.Revision ? ack : earlier);
                Interlocked.Increment(ref submittedWhileBackingUp);
            }
        });
        var waited = DateTime.UtcNow;
        while (Volatile.Read(ref submittedWhileBackingUp) < 5 && DateTime.UtcNow - waited < TimeSpan.FromSeconds(30))
            await Task.Delay(5);

        var before = acks.ToDictionary();
        using var response = await admin.PostAsync(Routes.Backups, content: null);
        // The writer is still at work after the backup: it ran across it.
        var afterBackup = Volatile.Read(ref submittedWhileBackingUp);
        waited = DateTime.UtcNow;
        while (Volatile.Read(ref submittedWhileBackingUp) == afterBackup && !writer.IsCompleted && DateTime.UtcNow - waited < TimeSpan.FromSeconds(30))
            await Task.Delay(5);
        stop.Cancel();
        await writer;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var name = (string)answer["file"]!;
        Assert.Matches(@"^reports-\d{8}T\d{9}Z(-\d+)?\.db$", name);
        var path = Path.Combine(Path.GetDirectoryName(_service.DatabasePath)!, "backups", name);
        Assert.True(File.Exists(path), $"{path} is missing");
        Assert.Equal(new FileInfo(path).Length, (long)answer["bytes"]!);
        Assert.InRange(DateTime.Parse((string)answer["createdAt"]!, null, System.Globalization.DateTimeStyles.RoundtripKind),
            DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow);
        Assert.True(Volatile.Read(ref submittedWhileBackingUp) > afterBackup, "The writer stopped before the backup was made.");
        SqliteFiles.AssertIntact(path);

        // A new service on the backup file: every report acknowledged before the backup was asked for is there, identical.
        var restored = new ServiceFactory(path);
        _more.Add(restored);
        var client = restored.CreateAdminClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        foreach (var ack in before.Values)
        {
            using var read = await client.GetAsync($"{ack.Location}?revision={ack.Revision}");
            Assert.True(read.StatusCode == HttpStatusCode.OK, $"{ack.Location} revision {ack.Revision}: {(int)read.StatusCode} in the backup");
            var stored = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
            Assert.Equal(ack.ETag, read.Headers.ETag!.ToString());
            Assert.True(JsonNode.DeepEquals(ack.Report, stored["report"]), $"{ack.Location} revision {ack.Revision} differs in the backup");
        }
        var total = (int)JsonNode.Parse(await client.GetStringAsync(Routes.Reports(limit: 1000)))!["total"]!;
        Assert.InRange(total, before.Count, acks.Count);
    }

    [Fact]
    public async Task Only_the_admin_key_may_take_a_backup()
    {
        using var anonymous = _service.CreateClient();
        using var admin = _service.CreateAdminClient();
        var issued = JsonNode.Parse(await (await admin.PostAsync(Routes.Keys("411328110"), null)).Content.ReadAsStringAsync())!;
        using var township = _service.CreateClient();
        township.DefaultRequestHeaders.Add("X-Api-Key", (string)issued["key"]!);
        using var unknown = _service.CreateClient();
        unknown.DefaultRequestHeaders.Add("X-Api-Key", "no-such-key");

        foreach (var (client, status) in new[] { (anonymous, HttpStatusCode.Unauthorized), (unknown, HttpStatusCode.Unauthorized), (township, HttpStatusCode.Forbidden) })
        {
            using var response = await client.PostAsync(Routes.Backups, content: null);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(_service.DatabasePath)!, "backups")));

        // The township key may still submit its own township's report.
        using var own = await township.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task Backups_never_overwrite_each_other_and_go_to_the_configured_folder()
    {
        var folder = Path.Combine(TempFolders.New(), "copies");
        var service = new ServiceFactory();
        service.Settings["Backup:Folder"] = folder;
        _more.Add(service);
        _more.Add(new Cleanup(Path.GetDirectoryName(folder)!));
        var admin = service.CreateAdminClient();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")))).StatusCode);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.PostAsync(Routes.Backups, content: null)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var names = new List<string>();
        foreach (var answer in answers) names.Add((string)JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["file"]!);
        Assert.Equal(4, names.Distinct().Count());
        Assert.All(names, name => SqliteFiles.AssertIntact(Path.Combine(folder, name)));
    }

    private sealed class Cleanup(string folder) : IDisposable
    {
        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
