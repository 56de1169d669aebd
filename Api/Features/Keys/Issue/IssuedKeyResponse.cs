namespace Disclosure.Api.Features.Keys.Issue;

public sealed class IssuedKeyResponse
{
    /// <summary>The key's public id (16 hex digits): what listings show and revisions record as submittedBy.</summary>
    public required string Id { get; init; }

    public required string TownshipCode { get; init; }

    /// <summary>The whole key for X-Api-Key, tk_{id}_{secret}. Shown this once; it cannot be read again.</summary>
    public required string Key { get; init; }

    public required DateTime CreatedAt { get; init; }
}
