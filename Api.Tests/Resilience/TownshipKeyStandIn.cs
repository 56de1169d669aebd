using System.Security.Claims;
using System.Text.Encodings.Web;
using Disclosure.Api.Problems;
using Disclosure.Api.Security;
using Disclosure.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>
/// Stands in for the API-key scheme where a test needs a township's key before township keys can be issued here:
/// <see cref="Key"/> is 上屯镇's (411328110) key, the admin key is the admin's. The claims are those the real scheme gives.
/// </summary>
public sealed class TownshipKeyStandIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Key = "township-key-411328110";

    public static void Use(IServiceCollection services) =>
        services.PostConfigure<AuthenticationOptions>(o => o.SchemeMap[ApiKeyAuthentication.SchemeName].HandlerType = typeof(TownshipKeyStandIn));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[ApiKeyAuthentication.Header].ToString();
        Claim[]? claims = key switch
        {
            "" => null,
            ServiceFactory.AdminKey => [new(Caller.KeyIdClaim, Caller.AdminKeyId), new(ClaimTypes.Role, Caller.AdminRole)],
            Key => [new(Caller.KeyIdClaim, "test-township-key"), new(Caller.TownshipClaim, "411328110")],
            _ => [],
        };
        return Task.FromResult(claims switch
        {
            null => AuthenticateResult.NoResult(),
            [] => AuthenticateResult.Fail("Unknown API key."),
            _ => AuthenticateResult.Success(new AuthenticationTicket(
                new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyAuthentication.SchemeName)), ApiKeyAuthentication.SchemeName)),
        });
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ProblemResponses.SendAsync(Context, StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "Unauthorized", "A key is needed.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemResponses.SendAsync(Context, StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Forbidden", "This key may not do that.");
}
