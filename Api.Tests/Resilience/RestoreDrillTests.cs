using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using static Disclosure.Api.Tests.Resilience.Acknowledgement;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>
/// The restore drill, as the README tells an operator: back up, write more, stop the service, copy the backup over
/// the database file, delete its -wal and -shm, start. Every report acknowledged before the backup reads back, and
/// no ETag taken before the restore gets a 304, even once new writes bring the data version back to the same number.
/// </summary>
public sealed class RestoreDrillTests : IDisposable
{
    private static readonly string Rollup = Routes.Rollup("applications", area: "41", groupBy: "county");

    private readonly ServiceProcesses _processes = new();

    private string DatabasePath => _processes.DatabasePath;

    public void Dispose() => _processes.Dispose();

    private Task<ServiceProcess> StartAsync() => _processes.StartAsync();

    private static async Task<HttpResponseMessage> ReadIfNoneMatchAsync(HttpClient client, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Rollup);
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_restored_backup_holds_every_acknowledged_report_and_answers_no_stale_304()
    {
        var townships = Streets.OfHenan();
        var first = await StartAsync();
        var acknowledged = new List<Acknowledgement>();
        for (var i = 0; i < 20; i++)
            acknowledged.Add(await SubmitAsync(first.Client, townships[i], i, firstRevision: true));

        using var backup = await first.Client.PostAsync(Routes.Backups, content: null);
        Assert.Equal(HttpStatusCode.Created, backup.StatusCode);
        var backupPath = Path.Combine(_processes.Folder, "backups", (string)JsonNode.Parse(await backup.Content.ReadAsStringAsync())!["file"]!);

        // Written after the backup: lost by the restore, as the operator chose.
        var later = new List<Acknowledgement>();
        for (var i = 20; i < 30; i++)
            later.Add(await SubmitAsync(first.Client, townships[i], i, firstRevision: true));
        using var beforeRestore = await first.Client.GetAsync(Rollup);
        var staleTag = beforeRestore.Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.NotModified, (await ReadIfNoneMatchAsync(first.Client, staleTag)).StatusCode);

        // The README's restore: stop, copy the backup over the database, delete -wal and -shm, start.
        first.Kill();
        File.Copy(backupPath, DatabasePath, overwrite: true);
        File.Delete(DatabasePath + "-wal");
        File.Delete(DatabasePath + "-shm");
        var restored = await StartAsync();

        foreach (var ack in acknowledged)
        {
            using var read = await restored.Client.GetAsync(ack.Location);
            Assert.True(read.StatusCode == HttpStatusCode.OK, $"{ack.Location}: {(int)read.StatusCode} after the restore");
            Assert.Equal(ack.ETag, read.Headers.ETag!.ToString());
            Assert.True(JsonNode.DeepEquals(ack.Report, JsonNode.Parse(await read.Content.ReadAsStringAsync())!["report"]), $"{ack.Location} differs after the restore");
        }
        foreach (var ack in later)
            Assert.Equal(HttpStatusCode.NotFound, (await restored.Client.GetAsync(ack.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReadIfNoneMatchAsync(restored.Client, staleTag)).StatusCode);

        // Ten other reports: the newest revision id is 30 again, as it was when the stale tag was taken, with other data.
        for (var i = 30; i < 40; i++)
            await SubmitAsync(restored.Client, townships[i], i, firstRevision: true);
        using var again = await ReadIfNoneMatchAsync(restored.Client, staleTag);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotEqual(staleTag, again.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await ReadIfNoneMatchAsync(restored.Client, again.Headers.ETag!.ToString())).StatusCode);
        Assert.Equal(30, (int)JsonNode.Parse(await restored.Client.GetStringAsync(Routes.Reports(limit: 1000)))!["total"]!);
    }
}
