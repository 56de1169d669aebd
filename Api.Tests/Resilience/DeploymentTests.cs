using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>
/// The service deployed as the README says: <c>dotnet publish Api … -o out</c>, then <c>dotnet out/Disclosure.Api.dll</c>
/// started from another directory. It reads out/appsettings.json wherever it is started from, and the publish
/// output carries no development settings (their admin key is dev-admin-key).
/// </summary>
public sealed class DeploymentTests : IDisposable
{
    private readonly string _folder = TempFolders.New();

    private string Out => Path.Combine(_folder, "out");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task The_publish_output_has_appsettings_json_and_no_development_settings()
    {
        await PublishAsync();

        Assert.True(File.Exists(Path.Combine(Out, "appsettings.json")));
        Assert.False(File.Exists(Path.Combine(Out, "appsettings.Development.json")), "the publish output carries appsettings.Development.json");
        Assert.DoesNotContain(Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories),
            file => File.ReadAllText(file).Contains("dev-admin-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_published_service_started_from_another_directory_reads_its_own_appsettings_json()
    {
        await PublishAsync();
        var settingsFile = Path.Combine(Out, "appsettings.json");
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(settingsFile))!.AsObject();
        settings["Limits"] = new JsonObject { ["MaxBodyBytes"] = 2048 };
        await File.WriteAllTextAsync(settingsFile, settings.ToJsonString());
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName;

        // Database:Path is left relative: it resolves against the working directory, as the README says.
        using var service = await ServiceProcess.StartAsync(Path.Combine(_folder, "unused.db"),
            new Dictionary<string, string> { ["Database:Path"] = "data/reports.db", ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            applicationFolder: Out, workingDirectory: elsewhere);
        using var response = await service.Client.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 2048 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(elsewhere, "data", "reports.db")), service.Output);
        Assert.False(File.Exists(Path.Combine(Out, "data", "reports.db")));
    }

    /// <summary>Publishes the Api's existing build (the one these tests run against) into <see cref="Out"/>.</summary>
    private async Task PublishAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", ApiProject, "--no-build", "--nologo", "-c", Configuration, "-o", Out })
            start.ArgumentList.Add(argument);
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await publish.WaitForExitAsync(timeout.Token);
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed:\n{await output}\n{await errors}");
    }

    /// <summary>Debug or Release: the configuration the tests (and so the Api beside them) were built in.</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private static string ApiProject
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Disclosure.slnx")))
                    return Path.Combine(dir.FullName, "Api", "Api.csproj");
            }
            throw new InvalidOperationException("The repository root (Disclosure.slnx) was not found above the test binaries.");
        }
    }
}
