using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Disclosure.Api.Hosting;
using Disclosure.Api.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Security;

/// <summary>
/// Authenticates writers by the <c>X-Api-Key</c> header. This is the one place that decides who a caller
/// is; <see cref="Caller"/> says what that caller may do.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<SecurityOptions> security)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrEmpty(values.ToString()))
            return Task.FromResult(AuthenticateResult.NoResult());

        var adminKey = security.Value.AdminKey;
        if (string.IsNullOrEmpty(adminKey) || !KeysMatch(values.ToString(), adminKey))
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));

        var identity = new ClaimsIdentity([new Claim(Caller.KeyIdClaim, Caller.AdminKeyId), new Claim(ClaimTypes.Role, Caller.AdminRole)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var detail = string.IsNullOrEmpty(security.Value.AdminKey)
            ? "This service has no admin key configured (Security:AdminKey), so it accepts no writes."
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

    public bool IsAdmin => TownshipCode is null;

    /// <summary>The admin may submit for any township; a township key only for its own.</summary>
    public bool MaySubmitFor(string townshipCode) => IsAdmin || TownshipCode == townshipCode;

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(KeyIdClaim) ?? throw new InvalidOperationException("The caller was not authenticated."),
        user.FindFirstValue(TownshipClaim));
}
