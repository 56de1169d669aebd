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
/// against the SHA-256 stored for its id. Unknown, revoked and malformed keys are refused alike, and no key
/// or secret is ever logged.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<SecurityOptions> security,
    KeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrEmpty(values.ToString()))
            return AuthenticateResult.NoResult();

        // A service without its county's admin key is not set up: it takes no writes, from any key.
        var adminKey = security.Value.AdminKey;
        if (string.IsNullOrEmpty(adminKey))
            return AuthenticateResult.Fail("No admin key is configured; writes are refused.");

        var presented = values.ToString();
        if (KeysMatch(presented, adminKey))
            return Success(new Claim(Caller.KeyIdClaim, Caller.AdminKeyId), new Claim(ClaimTypes.Role, Caller.AdminRole));

        // The failure messages go to the log: they may name a key's public id, never what was presented.
        if (!TownshipKeyFormat.TryParse(presented, out var id, out var secret))
            return AuthenticateResult.Fail("Unknown API key.");
        if (await keys.FindAsync(id, Context.RequestAborted) is not { } stored
            || !CryptographicOperations.FixedTimeEquals(TownshipKeyFormat.Hash(secret), stored.SecretHash))
            return AuthenticateResult.Fail("Unknown API key.");
        if (stored.Revoked)
            return AuthenticateResult.Fail($"Township key {id} was revoked.");

        return Success(new Claim(Caller.KeyIdClaim, id), new Claim(Caller.TownshipClaim, stored.TownshipCode));
    }

    private static AuthenticateResult Success(params Claim[] claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // Unknown, revoked and malformed keys get the same answer: it tells nothing about which ids exist.
        var detail = string.IsNullOrEmpty(security.Value.AdminKey)
            ? "This service has no admin key configured (Security:AdminKey), so it accepts no writes until one is set."
            : Request.Headers.ContainsKey(Header)
                ? $"The key in the {Header} header is not known."
                : $"Writes need an API key in the {Header} header.";
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        return ProblemResponses.SendAsync(Context, StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "Unauthorized", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemResponses.SendAsync(Context, StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Forbidden", "This key may not do that.");

    /// <summary>Compares hashes of both keys in constant time, so neither length nor content leaks through timing.</summary>
    private static bool KeysMatch(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

/// <summary>Who is calling, as established by <see cref="ApiKeyAuthentication"/>.</summary>
public sealed record Caller(string KeyId, string? TownshipCode)
{
    public const string KeyIdClaim = "key-id";
    public const string TownshipClaim = "township";
    public const string AdminKeyId = "admin";
    public const string AdminRole = "admin";

    /// <summary>Only the admin key has no township; it alone may issue, list and revoke township keys.</summary>
    public bool IsAdmin => TownshipCode is null;

    /// <summary>The admin may submit for any township; a township key only for its own.</summary>
    public bool MaySubmitFor(string townshipCode) => IsAdmin || TownshipCode == townshipCode;

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(KeyIdClaim) ?? throw new InvalidOperationException("The caller was not authenticated."),
        user.FindFirstValue(TownshipClaim));
}
