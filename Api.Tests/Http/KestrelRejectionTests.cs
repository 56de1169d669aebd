using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Resilience;

namespace Disclosure.Api.Tests.Http;

/// <summary>
/// Requests Kestrel itself finds broken, sent as raw bytes to the real process. Those found while the body is read
/// reach the service and get a problem; those found in the request line or headers are answered by Kestrel before
/// any application code runs, and these tests pin exactly what it sends (documented in the README's Errors).
/// </summary>
public sealed class KestrelRejectionTests : IAsyncLifetime
{
    private readonly ServiceProcesses _processes = new();
    private ServiceProcess _service = null!;

    public async Task InitializeAsync() => _service = await _processes.StartAsync();

    public Task DisposeAsync()
    {
        _processes.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Sends <paramref name="request"/> as is and reads the answer until the server closes or goes quiet.</summary>
    private async Task<(string Head, string Body)> SendRawAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_service.Address.Host, _service.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var answer = new MemoryStream();
        var buffer = new byte[64 * 1024];
        using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, quiet.Token)) > 0)
            {
                answer.Write(buffer, 0, read);
                if (Encoding.ASCII.GetString(answer.ToArray()).EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal)) break;
            }
        }
        catch (OperationCanceledException) { }
        catch (IOException) { }
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"No complete answer: {text}");
        return (text[..split], text[(split + 4)..]);
    }

    [Fact]
    public async Task A_broken_chunked_body_is_a_bad_request_problem()
    {
        var (head, body) = await SendRawAsync(
            $"POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: {ServiceProcess.AdminKey}\r\n" +
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", head);
        Assert.Contains("Content-Type: application/problem+json", head);
        var json = body[(body.IndexOf('{'))..(body.LastIndexOf('}') + 1)];
        var problem = JsonNode.Parse(json)!;
        Assert.Equal("/problems/bad-request", (string?)problem["type"]);
        Assert.Equal(400, (int?)problem["status"]);
        Assert.Equal("Bad chunk size data.", (string?)problem["detail"]);
        Assert.DoesNotContain("BadHttpRequestException", _service.Output);
    }

    [Theory]
    [InlineData("uri too long", "GET /api/v1/areas/{0} HTTP/1.1\r\nHost: localhost\r\n\r\n", 9000, "414 URI Too Long")]
    [InlineData("headers too large", "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: {0}\r\n\r\n", 40_000, "431 Request Header Fields Too Large")]
    [InlineData("malformed header", "GET /health HTTP/1.1\r\nHost: localhost\r\nNo colon here{0}\r\n\r\n", 1, "400 Bad Request")]
    public async Task A_request_line_or_header_Kestrel_refuses_is_answered_by_Kestrel_alone_with_no_body(string what, string template, int padding, string status)
    {
        var (head, body) = await SendRawAsync(string.Format(template, new string('a', padding)));

        Assert.True(head.StartsWith($"HTTP/1.1 {status}\r\n", StringComparison.Ordinal), $"{what}: {head}");
        Assert.Contains("Content-Length: 0\r\n", head + "\r\n");
        Assert.Contains("Connection: close", head);
        Assert.Equal("", body);
    }
}
