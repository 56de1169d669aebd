using Disclosure.Domain.Registry;

namespace Disclosure.Api.Features.Registry.Areas;

public sealed class AreaResponse
{
    public required string Code { get; init; }
    public required string Name { get; init; }

    [System.Text.Json.Serialization.JsonConverter(typeof(CamelCaseEnumConverter<DivisionLevel>))]
    public required DivisionLevel Level { get; init; }

    /// <summary>The unit's ancestors, from the province down.</summary>
    public required IReadOnlyList<DivisionResponse> Parents { get; init; }

    /// <summary>How many township-level units the unit holds (1 for a township).</summary>
    public required int TownshipCount { get; init; }
}
