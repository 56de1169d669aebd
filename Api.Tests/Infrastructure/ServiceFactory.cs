using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Disclosure.Api.Tests.Infrastructure;

/// <summary>
/// The real service over real HTTP (in-memory transport), on its own SQLite file that is deleted afterwards.
/// </summary>
public sealed class ServiceFactory(string? databasePath = null) : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key";

    private readonly string _folder = TempFolders.New();

    /// <summary>The SQLite file: a new one in a temporary folder, or the given one (which is then not deleted).</summary>
    public string DatabasePath => databasePath ?? Path.Combine(_folder, "reports.db");

    /// <summary>More settings, applied after the database and the admin key.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Security:AdminKey", AdminKey);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>A client that sends the admin key.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
