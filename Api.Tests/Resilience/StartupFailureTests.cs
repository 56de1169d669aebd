using System.Diagnostics;
using System.Net;
using Dapper;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Persistence;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>
/// The real service (<c>dotnet Disclosure.Api.dll</c>) started on a database it cannot use: it exits with 78 and one
/// log line that names the file, says what is wrong and what to do, instead of an unhandled exception and SIGABRT (134).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StartupFailureTests : IDisposable
{
    private readonly string _folder = TempFolders.New();

    public StartupFailureTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// The built service copied where user 65534 can read it: the test's own output folder may be under a home folder
    /// that only root may enter (a checkout in /root). Copied once per test run, removed when it ends.
    /// </summary>
    private static readonly Lazy<string> ReadableByAll = new(() =>
    {
        var copy = Path.Combine(Path.GetTempPath(), "disclosure-tests", "app-" + Guid.NewGuid().ToString("N"));
        var source = AppContext.BaseDirectory;
        foreach (var folder in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories).Prepend(source))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, folder));
            Directory.CreateDirectory(target);
            File.SetUnixFileMode(target, (UnixFileMode)0b111_101_101);
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var copied = Path.Combine(target, Path.GetFileName(file));
                File.Copy(file, copied);
                File.SetUnixFileMode(copied, (UnixFileMode)0b110_100_100);
            }
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(copy, recursive: true); } catch (IOException) { }
        };
        return copy;
    });

    /// <summary>Runs the service on <paramref name="databasePath"/> until it exits; its exit code and every line it wrote.</summary>
    /// <remarks>
    /// File permissions do not bind root: when the tests run as root, a service that must meet them runs as the
    /// unprivileged user 65534 (nobody), through util-linux's setpriv.
    /// </remarks>
    private static async Task<(int ExitCode, List<string> Lines)> RunAsync(
        string databasePath, bool unprivileged = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        var asRoot = Environment.IsPrivilegedProcess;
        var asNobody = unprivileged && asRoot;
        var application = asNobody ? ReadableByAll.Value : AppContext.BaseDirectory;
        var start = new ProcessStartInfo(asNobody ? "setpriv" : "dotnet")
        {
            WorkingDirectory = application,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asNobody)
        {
            foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" })
                start.ArgumentList.Add(argument);
            start.Environment["HOME"] = Path.GetTempPath();
        }
        start.ArgumentList.Add(Path.Combine(application, "Disclosure.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Path"] = databasePath;
        start.Environment["Security__AdminKey"] = ServiceProcess.AdminKey;
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The service did not exit within a minute on {databasePath}:\n{await output}{await error}");
        }
        var text = await output + await error;
        return (process.ExitCode, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList());
    }

    private static async Task AssertRefusedAsync(string path, string line, bool unprivileged = false)
    {
        var (exitCode, lines) = await RunAsync(path, unprivileged);

        var all = string.Join("\n", lines);
        Assert.True(exitCode == 78, $"exit {exitCode}:\n{all}");
        Assert.Equal([line], lines.Where(l => l.Contains(path, StringComparison.Ordinal)).Select(l => l.Trim()));
        Assert.DoesNotContain("Unhandled exception", all);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database()
    {
        var path = Path.Combine(_folder, "reports.db");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7919 % 251)).ToArray());

        await AssertRefusedAsync(path, $"Cannot use database {path}: it is not a SQLite database, or its header is damaged " +
                                       "(SQLite Error 26: 'file is not a database'). Restore it from a backup, or set Database:Path to the right file.");
    }

    [Fact]
    public async Task A_truncated_database()
    {
        var path = Path.Combine(_folder, "reports.db");
        using (var service = new ServiceFactory(path))
        {
            var admin = service.CreateAdminClient();
            foreach (var code in new[] { "411328110", "411328111", "411328112", "411328113", "411328114" })
            {
                var report = Samples.Node("shangtun-2020.json");
                report["townshipCode"] = code;
                Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()))).StatusCode);
            }
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Everything into the file itself, so that cutting it in half damages stored pages, not an empty shell.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            var (busy, _, _) = await connection.QuerySingleAsync<(long, long, long)>("PRAGMA wal_checkpoint(TRUNCATE)");
            Assert.True(busy == 0, "A connection of the stopped service still held the database.");
        }
        File.Delete(path + "-wal");
        File.Delete(path + "-shm");
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
            file.SetLength(file.Length / 2);

        await AssertRefusedAsync(path, $"Cannot use database {path}: it is damaged (SQLite Error 11: 'database disk image is malformed'). " +
                                       "Restore it from a backup (README: Backups).");
    }

    private async Task<string> DatabaseAsync()
    {
        var path = Path.Combine(_folder, "reports.db");
        using (var database = new Database(path))
            await Migrator.ApplyAsync(database);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return path;
    }

    [Fact]
    public async Task A_read_only_file()
    {
        var path = await DatabaseAsync();
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await AssertRefusedAsync(path, $"Cannot use database {path}: it can be read but not written (SQLite Error 8: 'attempt to write a readonly database'). " +
                                       "Give the service's user write access to the file and to its folder (SQLite keeps -wal and -shm files beside it).",
            unprivileged: true);
    }

    [Fact]
    public async Task A_read_only_folder()
    {
        var path = await DatabaseAsync();
        File.SetUnixFileMode(path, (UnixFileMode)0b110_110_110);
        File.SetUnixFileMode(_folder, (UnixFileMode)0b101_101_101);
        try
        {
            // SQLite opens the file but cannot create the -wal and -shm files it needs beside it to write.
            await AssertRefusedAsync(path, $"Cannot use database {path}: it can be read but not written (SQLite Error 8: 'attempt to write a readonly database'). " +
                                           "Give the service's user write access to the file and to its folder (SQLite keeps -wal and -shm files beside it).",
                unprivileged: true);
        }
        finally
        {
            File.SetUnixFileMode(_folder, (UnixFileMode)0b111_111_111);
        }
    }

    [Fact]
    public async Task A_folder_that_cannot_be_created()
    {
        // Not even root may create a folder in /proc: a real failure, wherever the tests run.
        const string path = "/proc/disclosure-tests/reports.db";

        await AssertRefusedAsync(path, $"Cannot use database {path}: its folder /proc/disclosure-tests cannot be created " +
                                       "(Could not find file '/proc/disclosure-tests'). Create it with write access for the service's user, or set Database:Path to another file.");
    }

    [Fact]
    public async Task A_database_from_a_newer_version()
    {
        var path = Path.Combine(_folder, "reports.db");
        var latest = Migrator.Embedded().Max(m => m.Version);
        using (var database = new Database(path))
        {
            await Migrator.ApplyAsync(database);
            await database.WriteAsync((connection, transaction) => connection.ExecuteAsync(
                $"INSERT INTO schema_migrations VALUES ({latest + 1}, 'renamed_cells', 'abc', '2030-01-01T00:00:00.0000000Z')", transaction: transaction));
        }

        await AssertRefusedAsync(path, $"Database {path} was migrated by a newer version of this service: its schema_migrations records " +
                                       $"migration {latest + 1:D4}_renamed_cells, which this version does not know (it knows up to {latest:D4}). " +
                                       "Run the newer version, or restore a backup made by this version.");
    }

    [Fact]
    public async Task Read_bounds_that_cannot_work()
    {
        var path = await DatabaseAsync();

        var (exitCode, lines) = await RunAsync(path, settings: new Dictionary<string, string> { ["Reads__MaxConcurrentStreams"] = "0" });

        var all = string.Join("\n", lines);
        Assert.True(exitCode == 78, $"exit {exitCode}:\n{all}");
        Assert.Contains(lines, l => l.Trim() == "Cannot start with this configuration: " + Disclosure.Api.Reads.ReadOptions.Requirement +
                                                 " Fix it in appsettings.json, the environment or the command line.");
        Assert.DoesNotContain("Unhandled exception", all);
    }

    [Fact]
    public async Task Quality_thresholds_that_cannot_work()
    {
        var path = await DatabaseAsync();

        var (exitCode, lines) = await RunAsync(path, settings: new Dictionary<string, string> { ["Quality__JumpFactor"] = "1" });

        var all = string.Join("\n", lines);
        Assert.True(exitCode == 78, $"exit {exitCode}:\n{all}");
        Assert.Contains(lines, l => l.Trim() == "Cannot start with this configuration: " + Disclosure.Domain.Quality.OutlierThresholds.Requirement +
                                                 " Fix it in appsettings.json, the environment or the command line.");
    }
}
