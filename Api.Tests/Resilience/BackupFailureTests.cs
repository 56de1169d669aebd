using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Persistence;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>POST /api/v1/backups onto a full disk: 507, no file that looks like a backup, and the service stays healthy.</summary>
public sealed class BackupFailureTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 1, 31, 16, 0, 0, 123, TimeSpan.Zero);

    private readonly ServiceFactory _service = new();
    private readonly string _folder = Path.Combine(TempFolders.New(), "backups");

    public void Dispose()
    {
        _service.Dispose();
        try { Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_backup_onto_a_full_disk_answers_507_and_leaves_nothing_behind()
    {
        _service.Settings["Backup:Folder"] = _folder;
        using var service = _service.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(Now))));
        var admin = service.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")))).StatusCode);
        // A real full disk, without mounting one: the copy's temporary name (its final name, which the fixed clock
        // decides, and .partial) is a link to /dev/full, where every write fails with ENOSPC: SQLITE_FULL to VACUUM INTO.
        Directory.CreateDirectory(_folder);
        File.CreateSymbolicLink(Path.Combine(_folder, "reports-20250131T160000123Z.db" + Backup.PartialSuffix), "/dev/full");

        using var response = await admin.PostAsync(Routes.Backups, content: null);

        Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("/problems/insufficient-storage", (string)problem["type"]!);
        Assert.Equal("Insufficient storage", (string)problem["title"]!);
        Assert.Equal(507, (int)problem["status"]!);
        Assert.Equal("The disk that holds the backup folder is full: no backup was made, and nothing was left behind. Free space and try again.",
            (string)problem["detail"]!);
        Assert.Equal("/api/v1/backups", (string)problem["instance"]!);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));

        // The database's own disk is fine: the service stays healthy and the next backup, with room, is made.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/health")).StatusCode);
        using var retried = await admin.PostAsync(Routes.Backups, content: null);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(["reports-20250131T160000123Z.db"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }
}
