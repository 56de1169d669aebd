namespace Disclosure.Api.Tests.Resilience;

/// <summary>
/// A folder of its own with a database path in it, and every real service process a test starts on that database;
/// disposing it stops them all and deletes the folder.
/// </summary>
public sealed class ServiceProcesses : IDisposable
{
    private readonly List<ServiceProcess> _started = [];

    public string Folder { get; } = TempFolders.New();

    public string DatabasePath => Path.Combine(Folder, "reports.db");

    /// <summary>Starts the service on <see cref="DatabasePath"/> and waits until it answers.</summary>
    public async Task<ServiceProcess> StartAsync()
    {
        var process = await ServiceProcess.StartAsync(DatabasePath);
        _started.Add(process);
        return process;
    }

    public void Dispose()
    {
        foreach (var process in _started) process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
