using System.Security.Claims;

namespace Disclosure.Api.Security;

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
