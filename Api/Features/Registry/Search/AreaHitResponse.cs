using System.Text.Json.Serialization;
using Disclosure.Domain.Registry;

namespace Disclosure.Api.Features.Registry.Search;

public sealed class AreaHitResponse
{
    public required string Code { get; init; }
    public required string Name { get; init; }

    [JsonConverter(typeof(CamelCaseEnumConverter<DivisionLevel>))]
    public required DivisionLevel Level { get; init; }

    /// <summary>How the area matches q: its whole name, the start of its name, a part of its name, or the start of its code.</summary>
    [JsonConverter(typeof(CamelCaseEnumConverter<AreaMatch>))]
    public required AreaMatch Match { get; init; }

    /// <summary>The area's parents, from the province down: what tells units of the same name apart.</summary>
    public required IReadOnlyList<DivisionResponse> Parents { get; init; }
}
