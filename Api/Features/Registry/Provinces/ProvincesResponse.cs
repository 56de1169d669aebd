namespace Disclosure.Api.Features.Registry.Provinces;

public sealed class ProvincesResponse
{
    /// <summary>How many provinces there are.</summary>
    public required int Count { get; init; }

    /// <summary>The provinces, in code order.</summary>
    public required IReadOnlyList<DivisionResponse> Provinces { get; init; }
}
