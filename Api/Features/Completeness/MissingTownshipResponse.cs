using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Completeness;

/// <summary>A township-level unit with no report for the year, its code spelled as the report spells it.</summary>
public sealed class MissingTownshipResponse
{
    public required string TownshipCode { get; init; }
    public required string TownshipName { get; init; }

    public static MissingTownshipResponse From(MissingTownship missing) => new() { TownshipCode = missing.Code, TownshipName = missing.Name };
}
