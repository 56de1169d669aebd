namespace Disclosure.Persistence.Keys;

/// <summary>What authentication needs of a stored key.</summary>
public sealed record StoredKey(string TownshipCode, byte[] SecretHash, DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}
