using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Disclosure.Api.Hosting;
using Disclosure.Api.Problems;
using Disclosure.Persistence.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Security;

/// <summary>
/// Authenticates writers by the <c>X-Api-Key</c> header. This is the one place that decides who a caller
/// is; <see cref="Caller"/> says what that caller may do. The header holds either the county's admin key
/// (configuration) or a township key <c>tk_{id}_{secret}</c> issued by the admin, whose secret is checked
/// against the SHA-256 stored for its id. Unknown, revoked and malformed keys are refused alike; each refusal
/// that answers 401 is logged once, with the client's address and the key's public id, never what was
/// presented; and <see cref="FailedAuthentications"/> throttles an address that keeps guessing.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggers,
    UrlEncoder encoder,
    IOptions<SecurityOptions> security,
    KeyStore keys,
    FailedAuthentications failures)
    // The base class would log every refusal twice (not authenticated, challenged), with neither address
    // nor key id; this handler logs each once itself.
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    private readonly ILogger _log = loggers.CreateLogger<ApiKeyAuthentication>();

    /// <summary>Why the presented key was refused, and its public id when it has the form of a township key.</summary>
    private (string Reason, string? KeyId)? _refused;

    /// <summary>Set when the client's address is throttled: how long it must wait.</summary>
    private TimeSpan? _blockedFor;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrEmpty(values.ToString()))
            return AuthenticateResult.NoResult();

        // A service without its county's admin key is not set up: it takes no writes, from any key.
        var adminKey = security.Value.AdminKey;
        if (string.IsNullOrEmpty(adminKey))
            return AuthenticateResult.Fail("No admin key is configured; writes are refused.");

        // A throttled address gets no answer about any key, the right one included.
        if (FailedAuthentications.AddressOf(Context) is { } address && failures.BlockedFor(address) is { } wait)
        {
            _blockedFor = wait;
            return AuthenticateResult.Fail("Too many failed authentications from this address.");
        }

        var presented = values.ToString();
        if (KeysMatch(presented, adminKey))
            return Success(new Claim(Caller.KeyIdClaim, Caller.AdminKeyId), new Claim(ClaimTypes.Role, Caller.AdminRole));

        if (!TownshipKeyFormat.TryParse(presented, out var id, out var secret))
            return Refuse("not the admin key, nor a township key's form", null);
        if (await keys.FindAsync(id, Context.RequestAborted) is not { } stored)
            return Refuse("no township key has this id", id);
        if (!CryptographicOperations.FixedTimeEquals(TownshipKeyFormat.Hash(secret), stored.SecretHash))
            return Refuse("wrong secret", id);
        if (stored.Revoked)
            return Refuse("revoked", id);

        return Success(new Claim(Caller.KeyIdClaim, id), new Claim(Caller.TownshipClaim, stored.TownshipCode));
    }

    private AuthenticateResult Refuse(string reason, string? keyId)
    {
        _refused = (reason, keyId);
        return AuthenticateResult.Fail("Unknown API key.");
    }

    private static AuthenticateResult Success(params Claim[] claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        await HandleAuthenticateOnceSafeAsync();
        if (_blockedFor is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ProblemResponses.SendAsync(Context, StatusCodes.Status429TooManyRequests, ProblemTypes.TooManyRequests, "Too many requests",
                $"Too many refused API keys from this address (at most {failures.Limit} a minute); try again in {seconds} s.");
            return;
        }
        if (_refused is { } refused)
            CountRefusal(refused.Reason, refused.KeyId);

        // Unknown, revoked and malformed keys get the same answer: it tells nothing about which ids exist.
        var detail = string.IsNullOrEmpty(security.Value.AdminKey)
            ? "This service has no admin key configured (Security:AdminKey), so it accepts no writes until one is set."
            : Request.Headers.ContainsKey(Header)
                ? $"The key in the {Header} header is not known."
                : $"Writes need an API key in the {Header} header.";
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        await ProblemResponses.SendAsync(Context, StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "Unauthorized", detail);
    }

    /// <summary>One log line per refused key that answers 401, and the count towards its address's throttle.</summary>
    private void CountRefusal(string reason, string? keyId)
    {
        var client = Context.Connection.RemoteIpAddress?.ToString() ?? "(no address)";
        // The route's template, not the path: the path is the client's text, and could forge log lines.
        var route = (Context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        _log.LogWarning("Refused an API key from {ClientAddress} for {Method} {Route}: {Reason} (key id {KeyId})",
            client, Request.Method, route, reason, keyId ?? "none");
        if (FailedAuthentications.AddressOf(Context) is { } address && failures.Record(address))
            _log.LogWarning("{ClientAddress} refused {Limit} API keys within a minute: its keyed requests get 429 until the minute is over",
                client, failures.Limit);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemResponses.SendAsync(Context, StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Forbidden", "This key may not do that.");

    /// <summary>Compares hashes of both keys in constant time, so neither length nor content leaks through timing.</summary>
    private static bool KeysMatch(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
