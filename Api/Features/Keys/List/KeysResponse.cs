namespace Disclosure.Api.Features.Keys.List;

public sealed class KeysResponse
{
    public required string TownshipCode { get; init; }
    public required IReadOnlyList<KeyListing> Keys { get; init; }
}
