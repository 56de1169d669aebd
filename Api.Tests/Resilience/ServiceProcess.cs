using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>
/// The real service as a separate OS process (<c>dotnet Disclosure.Api.dll</c> from the test's own output folder),
/// listening on a free loopback port. Disposing it kills it, whatever happened in the test.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    public const string AdminKey = "process-admin-key";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public Uri Address { get; }

    /// <summary>A client of this process that sends the admin key.</summary>
    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>
    /// Starts the service on <paramref name="databasePath"/> and waits until <c>GET /health</c> answers 200: the
    /// Disclosure.Api.dll in <paramref name="applicationFolder"/> (default: the tests' own output folder), started
    /// from <paramref name="workingDirectory"/> (default: that folder).
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(string databasePath, IDictionary<string, string>? settings = null,
        string? applicationFolder = null, string? workingDirectory = null)
    {
        var folder = applicationFolder ?? AppContext.BaseDirectory;
        var dll = Path.Combine(folder, "Disclosure.Api.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the Api's output must be copied beside the tests.");
        Assert.True(File.Exists(Path.Combine(folder, "Data", "divisions", "streets.csv")), "Data/divisions is missing beside the tests.");

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Path"] = databasePath;
        start.Environment["Security__AdminKey"] = AdminKey;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = new Process { StartInfo = start };
        var service = new ServiceProcess(process, address);
        process.OutputDataReceived += (_, e) => service.Append(e.Data);
        process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await service.WaitUntilHealthyAsync();
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The service exited with {_process.ExitCode} before it was healthy:\n{Output}");
            try
            {
                using var response = await Client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The service was not healthy within {StartTimeout}:\n{Output}");
    }

    /// <summary>SIGKILL on Linux: no shutdown, no flush, no checkpoint. Returns once the process is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit(TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        Client.Dispose();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
