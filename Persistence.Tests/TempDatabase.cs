namespace Disclosure.Persistence.Tests;

/// <summary>A real SQLite file in a folder of its own under the temp directory, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase(LockRetryOptions? options = null)
    {
        Folder = TempFolders.New();
        Path = System.IO.Path.Combine(Folder, "nested", "reports.db");
        Database = new Database(Path, options);
    }

    public string Folder { get; }
    public string Path { get; }
    public Database Database { get; }

    public void Dispose()
    {
        Database.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
