using System.Diagnostics;
using System.Net;
using Disclosure.Api.Features.Rollups;
using Disclosure.Domain.Registry;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Disclosure.Api.Hosting;

/// <summary>
/// Once the server listens, and before <c>/health</c> says the service is ready, the service asks itself over its
/// own address for every rollup (JSON and CSV, from the totals and from the reports, compressed and not) and for
/// completeness. The first dashboard then finds the request pipeline, binders, validators, queries and writers
/// compiled, instead of paying for the JIT (what that costs is measured in docs/PERFORMANCE.md). Without an address
/// to call (an in-memory test server) there is nothing to warm.
/// </summary>
public sealed class WarmUp(IServer server, DivisionRegistry registry, ILogger<WarmUp> logger)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether warming up is over (done, skipped or failed): the service is ready for traffic.</summary>
    public bool IsDone => _done.Task.IsCompleted;

    public async Task RunAsync()
    {
        try
        {
            if (OwnAddress() is not { } address)
                return;
            using var client = new HttpClient(new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.None,
                // Only ever this service's own listener on loopback, which may use a development certificate.
                SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
            })
            { BaseAddress = address, Timeout = Patience };
            var started = Stopwatch.GetTimestamp();
            var paths = Paths().ToList();
            // All at once: compiling and first using each endpoint's code then takes both cores, not one.
            var answers = await Task.WhenAll(paths.Select(path => AskAsync(client, path)));
            var answered = answers.Count(ok => ok);
            logger.LogInformation("Warmed up: {Answered} of {Requests} requests to {Address} answered, in {Milliseconds} ms",
                answered, paths.Count, address, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Warming up failed; the first requests will be slower");
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    private async Task<bool> AskAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request);
        if (response.IsSuccessStatusCode)
            return true;
        logger.LogWarning("Warm-up request {Path} answered {Status}", path, (int)response.StatusCode);
        return false;
    }

    private IEnumerable<string> Paths()
    {
        var townships = registry.TownshipsUnder("");
        var county = townships.IsEmpty ? "11" : townships[0].CodeAt(DivisionLevel.County);
        var lastYear = DateTime.UtcNow.Year - 1;
        foreach (var rollup in Rollup.All)
        {
            var path = "/api/v1" + rollup.Path;
            yield return $"{path}?groupBy=year&excludeFlagged=true";
            yield return $"{path}?area={county}&groupBy=township,year";
            yield return $"{path}?area={county}&groupBy=township";
            yield return $"{path}?area={county}&groupBy=township,year&format=csv";
        }
        yield return $"/api/v1/completeness?area={county}&year={lastYear}";
    }

    /// <summary>Where this process listens, as a loopback URL; null when it listens on no network address.</summary>
    private Uri? OwnAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null)
            return null;
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "localhost") uri.Host = "127.0.0.1";
        else if (uri.Host is "[::]" or "::") uri.Host = "[::1]";
        return uri.Uri;
    }
}
