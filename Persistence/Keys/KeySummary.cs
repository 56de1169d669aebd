namespace Disclosure.Persistence.Keys;

/// <summary>A key as listed: no secret, no hash.</summary>
public sealed record KeySummary(string Id, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
