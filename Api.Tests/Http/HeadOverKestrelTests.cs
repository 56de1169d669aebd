using System.Net.Sockets;
using System.Text;
using Disclosure.Api.Tests.Resilience;

namespace Disclosure.Api.Tests.Http;

/// <summary>
/// HEAD through Kestrel itself, on the real process: the GET's headers and Content-Length, and not one byte of body
/// on the wire, which a second request pipelined on the same connection proves by being answered right after.
/// </summary>
public sealed class HeadOverKestrelTests : IAsyncLifetime
{
    private readonly ServiceProcesses _processes = new();
    private ServiceProcess _service = null!;

    public async Task InitializeAsync() => _service = await _processes.StartAsync();

    public Task DisposeAsync()
    {
        _processes.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/api/v1/areas/411328110")]
    [InlineData("/api/v1/rollups/applications?area=411328&groupBy=township&format=csv")]
    [InlineData("/api/v1/nothing-here")]
    public async Task HEAD_sends_the_GETs_headers_and_no_body(string path)
    {
        using var get = await _service.Client.GetAsync(path);
        var length = (await get.Content.ReadAsByteArrayAsync()).Length;

        using var client = new TcpClient();
        await client.ConnectAsync(_service.Address.Host, _service.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"HEAD {path} HTTP/1.1\r\nHost: localhost\r\n\r\nGET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        var answer = new MemoryStream();
        await stream.CopyToAsync(answer).WaitAsync(TimeSpan.FromSeconds(30));
        var text = Encoding.UTF8.GetString(answer.ToArray());

        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
        var head = text[..headEnd];
        Assert.StartsWith($"HTTP/1.1 {(int)get.StatusCode} ", head);
        Assert.Contains($"Content-Length: {length}\r\n", head);
        Assert.Contains($"Content-Type: {get.Content.Headers.ContentType}\r\n", head);
        Assert.DoesNotContain("Transfer-Encoding", head);
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", text[headEnd..]);
    }
}
