namespace Disclosure.Api.Features.Keys.List;

public sealed class KeyListing
{
    public required string Id { get; init; }
    public required DateTime CreatedAt { get; init; }

    /// <summary>When the key was revoked; null while it is valid.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public required DateTime? RevokedAt { get; init; }
}
