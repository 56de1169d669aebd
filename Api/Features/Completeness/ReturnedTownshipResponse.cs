using System.Text.Json.Serialization;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Completeness;

/// <summary>A township whose report the county returned and which has not revised it yet: why, and when.</summary>
public sealed class ReturnedTownshipResponse
{
    public required string TownshipCode { get; init; }
    public required string TownshipName { get; init; }

    /// <summary>The county's reason for returning it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Reason { get; init; }

    /// <summary>When the county returned it (UTC).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required DateTime? ReturnedAt { get; init; }

    public static ReturnedTownshipResponse From(ReturnedTownship returned) => new()
    {
        TownshipCode = returned.Code,
        TownshipName = returned.Name,
        Reason = returned.Returned?.Reason,
        ReturnedAt = returned.Returned?.At.UtcDateTime,
    };
}
