namespace Disclosure.Api.Tests.Resilience;

/// <summary>The real service, started as a process, asks itself for every rollup before /health says it is ready.</summary>
public sealed class WarmUpTests : IDisposable
{
    private readonly string _folder = TempFolders.New();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Every_warm_up_request_is_answered_before_the_service_is_healthy()
    {
        using var service = await ServiceProcess.StartAsync(Path.Combine(_folder, "reports.db"));
        // The line is written before /health answers 200, but this process reads the service's output asynchronously.
        for (var waited = 0; waited < 100 && !service.Output.Contains("Warmed up", StringComparison.Ordinal); waited++)
            await Task.Delay(50);

        // 4 rollups × (by year from the totals; a county by township, with and without years; as CSV) and completeness.
        Assert.Contains($"Warmed up: 17 of 17 requests to {service.Address} answered", service.Output);
        Assert.DoesNotContain("Warm-up request", service.Output);
    }
}
