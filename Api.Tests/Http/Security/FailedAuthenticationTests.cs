using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Persistence.Keys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Disclosure.Api.Tests.Http.Security;

/// <summary>
/// Refused API keys are throttled per client address (429 with Retry-After once an address has had
/// Security:FailedAuthenticationsPerMinute of them in a minute) and each is logged once, with the address and
/// the key's public id, never its secret. The in-memory test server has no client addresses, so these tests
/// give each request one (a test-only middleware, from a test-only header).
/// </summary>
public sealed class FailedAuthenticationTests : IDisposable
{
    private const string ClientAddressHeader = "X-Test-Client-Address";

    private readonly ServiceFactory _factory = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly WebApplicationFactory<Program> _service;

    public FailedAuthenticationTests()
    {
        _service = _factory.WithWebHostBuilder(b =>
        {
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromTestHeader>());
            b.ConfigureLogging(l => l.AddProvider(_logs));
        });
    }

    public void Dispose()
    {
        _service.Dispose();
        _factory.Dispose();
    }

    private HttpClient ClientAt(string address, string key)
    {
        var client = _service.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>A key of the township form whose id was never issued.</summary>
    private static string UnknownKey() => TownshipKeyFormat.Compose(TownshipKeyFormat.NewId(), RandomNumberGenerator.GetBytes(TownshipKeyFormat.SecretBytes));

    private static Task<HttpResponseMessage> ValidateAsync(HttpClient client) =>
        client.PostAsync(Routes.ValidateReport, ServiceFactory.Json(Samples.Text("shangtun-2020.json")));

    [Fact]
    public async Task The_eleventh_refused_key_from_one_address_gets_429_with_Retry_After_and_other_addresses_are_not_affected()
    {
        string[] tenGuesses = [.. Enumerable.Range(0, 8).Select(_ => UnknownKey()), "not-a-key", "admin"];
        foreach (var guess in tenGuesses)
            Assert.Equal(HttpStatusCode.Unauthorized, (await ValidateAsync(ClientAt("203.0.113.7", guess))).StatusCode);

        var refused = await ValidateAsync(ClientAt("203.0.113.7", UnknownKey()));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("/problems/too-many-requests", (string?)problem["type"]);
        Assert.Equal(429, (int)problem["status"]!);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal($"Too many refused API keys from this address (at most 10 a minute); try again in {retryAfter} s.", (string?)problem["detail"]);

        // The right key from that address is not checked either: a guesser must not learn that it guessed right.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ValidateAsync(ClientAt("203.0.113.7", ServiceFactory.AdminKey))).StatusCode);
        // X-Forwarded-For is not trusted: it does not move a client to another address.
        var forwarded = ClientAt("203.0.113.7", ServiceFactory.AdminKey);
        forwarded.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.1");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ValidateAsync(forwarded)).StatusCode);
        // Reads need no key and stay open to the throttled address.
        Assert.Equal(HttpStatusCode.OK, (await ClientAt("203.0.113.7", UnknownKey()).GetAsync(Routes.Area("411328110"))).StatusCode);

        // Another address: its own wrong key is a 401, and the right key works.
        Assert.Equal(HttpStatusCode.Unauthorized, (await ValidateAsync(ClientAt("198.51.100.1", UnknownKey()))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ValidateAsync(ClientAt("198.51.100.1", ServiceFactory.AdminKey))).StatusCode);
    }

    [Fact]
    public async Task An_IPv6_client_is_counted_by_its_64_bit_prefix()
    {
        for (var i = 1; i <= 10; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await ValidateAsync(ClientAt($"2001:db8:1:2::{i:x}", UnknownKey()))).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await ValidateAsync(ClientAt("2001:db8:1:2:ffff::1", UnknownKey()))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ValidateAsync(ClientAt("2001:db8:1:3::1", UnknownKey()))).StatusCode);
    }

    [Fact]
    public async Task Each_refused_key_is_logged_once_with_the_address_and_the_key_id_and_never_the_secret()
    {
        var admin = ClientAt("192.0.2.1", ServiceFactory.AdminKey);
        var issued = JsonNode.Parse(await (await admin.PostAsync(Routes.Keys("411328110"), null)).Content.ReadAsStringAsync())!;
        var id = (string)issued["id"]!;
        var wrongSecret = TownshipKeyFormat.Compose(id, RandomNumberGenerator.GetBytes(TownshipKeyFormat.SecretBytes));
        var unknown = UnknownKey();
        _logs.Clear();

        Assert.Equal(HttpStatusCode.Unauthorized, (await ClientAt("203.0.113.9", wrongSecret).PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ClientAt("203.0.113.9", unknown).DeleteAsync(Routes.Key("411328110", id))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ClientAt("203.0.113.9", "guess").PostAsync(Routes.Backups, null)).StatusCode);

        var authentication = _logs.Lines.Where(l => l.Category.Contains("Authentication", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            $"Warning Disclosure.Api.Security.ApiKeyAuthentication: Refused an API key from 203.0.113.9 for POST /api/v1/reports: wrong secret (key id {id})",
            $"Warning Disclosure.Api.Security.ApiKeyAuthentication: Refused an API key from 203.0.113.9 for DELETE /api/v1/townships/{{code}}/keys/{{id}}: no township key has this id (key id {unknown[3..19]})",
            "Warning Disclosure.Api.Security.ApiKeyAuthentication: Refused an API key from 203.0.113.9 for POST /api/v1/backups: not the admin key, nor a township key's form (key id none)",
        ], authentication.Select(l => $"{l.Level} {l.Category}: {l.Message}"));
        foreach (var secret in new[] { wrongSecret[20..], unknown[20..], (string)issued["key"]! })
            Assert.DoesNotContain(_logs.Lines, l => l.Message.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_allowance_is_configurable_and_its_end_is_logged_once()
    {
        using var three = _service.WithWebHostBuilder(b => b.UseSetting("Security:FailedAuthenticationsPerMinute", "3"));
        HttpClient Guesser()
        {
            var client = three.CreateClient();
            client.DefaultRequestHeaders.Add(ClientAddressHeader, "203.0.113.10");
            client.DefaultRequestHeaders.Add("X-Api-Key", UnknownKey());
            return client;
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await ValidateAsync(Guesser())).StatusCode);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Single(_logs.Lines, l => l.Message == "203.0.113.10 refused 3 API keys within a minute: its keyed requests get 429 until the minute is over");
        Assert.Equal(3, _logs.Lines.Count(l => l.Message.StartsWith("Refused an API key from 203.0.113.10 ", StringComparison.Ordinal)));
    }

    /// <summary>Gives each request the client address named in <see cref="ClientAddressHeader"/>.</summary>
    private sealed class ClientAddressFromTestHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (http.Request.Headers.TryGetValue(ClientAddressHeader, out var address))
                    http.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                return nextMiddleware(http);
            });
            next(app);
        };
    }

    private sealed record LogLine(LogLevel Level, string Category, string Message);

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<LogLine> _lines = new();

        public IReadOnlyList<LogLine> Lines => [.. _lines];

        public void Clear() => _lines.Clear();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(new LogLine(logLevel, category, formatter(state, exception)));
        }
    }
}
