namespace Disclosure.Api.Features.Registry.Townships;

public sealed class TownshipsResponse
{
    public required string Area { get; init; }
    public required int Count { get; init; }
    public required IReadOnlyList<DivisionResponse> Townships { get; init; }
}
