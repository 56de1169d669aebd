using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Persistence.Tests;
using Xunit.Abstractions;
using static Disclosure.Api.Tests.Resilience.Acknowledgement;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>
/// The service killed with SIGKILL (no shutdown, no WAL checkpoint) and started again on the same file: every report
/// it acknowledged is there, identical, with the same revision and ETag.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Acknowledged = 50;
    private readonly ServiceProcesses _processes = new();

    private string DatabasePath => _processes.DatabasePath;

    public void Dispose() => _processes.Dispose();

    private Task<ServiceProcess> StartAsync() => _processes.StartAsync();

    [Fact]
    public async Task Every_acknowledged_report_survives_SIGKILL_identical()
    {
        var townships = Streets.OfHenan();
        var first = await StartAsync();

        // Acknowledged one by one: each 201 awaited before the next is sent.
        var acks = new ConcurrentDictionary<string, Acknowledgement>();
        for (var i = 0; i < Acknowledged; i++)
        {
            var ack = await SubmitAsync(first.Client, ReportJson(townships[i], i));
            Assert.Equal(1, ack.Revision);
            acks[ack.Location] = ack;
        }

        // Then writers still at work when the process dies: new reports and new revisions of acknowledged ones.
        // Whatever was acknowledged before the kill must survive; what was in flight may or may not.
        using var stop = new CancellationTokenSource();
        var acknowledgedInFlight = 0;
        var inFlight = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var n = 0; n < 200 && !stop.IsCancellationRequested; n++)
            {
                var code = writer < 2 ? townships[Acknowledged + writer * 200 + n] : townships[(writer * 7 + n) % Acknowledged];
                try
                {
                    var ack = await SubmitAsync(first.Client, ReportJson(code, 1000 + writer * 1000 + n));
                    acks.AddOrUpdate(ack!.Location, ack, (_, earlier) => ack.Revision > earlier.Revision ? ack : earlier);
                    Interlocked.Increment(ref acknowledgedInFlight);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    return; // The process is gone.
                }
            }
        })).ToList();
        var waited = DateTime.UtcNow;
        while (Volatile.Read(ref acknowledgedInFlight) < 20 && DateTime.UtcNow - waited < TimeSpan.FromSeconds(30))
            await Task.Delay(5);

        first.Kill();
        stop.Cancel();
        await Task.WhenAll(inFlight);
        Assert.True(first.HasExited);
        Assert.True(File.Exists(DatabasePath + "-wal"), "The kill left no write-ahead log: the test did not catch the service mid-work.");
        var snapshot = acks.ToDictionary();
        Assert.True(snapshot.Count > Acknowledged, "No write was acknowledged while the writers were at work.");

        output.WriteLine($"Killed with {snapshot.Count} reports acknowledged ({acknowledgedInFlight} while writers were at work, " +
                         $"{snapshot.Values.Count(a => a.Revision > 1)} of them revised), WAL {new FileInfo(DatabasePath + "-wal").Length} bytes");
        var second = await StartAsync();
        foreach (var ack in snapshot.Values)
        {
            using var read = await second.Client.GetAsync(ack.Location);
            Assert.True(read.StatusCode == HttpStatusCode.OK, $"{ack.Location}: {(int)read.StatusCode} after the restart");
            var stored = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
            // A revision in flight at the kill may have been stored after the acknowledged one; the acknowledged one must be there.
            Assert.True((int)stored["revision"]! >= ack.Revision, $"{ack.Location}: revision {stored["revision"]} after the restart, {ack.Revision} was acknowledged");
            using var acknowledged = await second.Client.GetAsync($"{ack.Location}?revision={ack.Revision}");
            Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
            var revision = JsonNode.Parse(await acknowledged.Content.ReadAsStringAsync())!;
            Assert.Equal(ack.Revision, (int)revision["revision"]!);
            Assert.Equal(ack.ETag, acknowledged.Headers.ETag!.ToString());
            Assert.True(JsonNode.DeepEquals(ack.Report, revision["report"]), $"{ack.Location} revision {ack.Revision} differs after the restart");
        }

        // Revisions stay numbered without gaps, and the file is sound.
        foreach (var location in snapshot.Keys)
        {
            var numbers = JsonNode.Parse(await second.Client.GetStringAsync(location + "/revisions"))!["revisions"]!.AsArray()
                .Select(r => (int)r!["revision"]!).ToList();
            Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        }
        Assert.Equal(HttpStatusCode.OK, (await second.Client.GetAsync("/health")).StatusCode);
        second.Kill();
        SqliteFiles.AssertIntact(DatabasePath);
    }
}
