using Disclosure.Tools;

namespace Disclosure.Api.Tests.Http.Reads;

/// <summary>
/// A database of one city's synthetic reports (南阳市, 4113: every township-level unit, four years), bulk-loaded as
/// the benchmark loads them: enough reports that an answer of its cells runs to megabytes. The file is shared by
/// the tests of a class, each of which starts its own service on it; it is deleted afterwards.
/// </summary>
public sealed class LoadedDatabase : IAsyncLifetime
{
    public const string City = "4113";
    public const int FromYear = 2017;
    public const int ToYear = 2020;

    private readonly string _folder = TempFolders.New();

    public string Path => System.IO.Path.Combine(_folder, "reports.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var exit = await BulkLoad.RunAsync(["--years", $"{FromYear}-{ToYear}", "--area", City, "--database", Path]);
        Assert.Equal(0, exit);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
