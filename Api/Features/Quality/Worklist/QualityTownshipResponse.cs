using System.Text.Json.Serialization;
using Disclosure.Domain.Quality;

namespace Disclosure.Api.Features.Quality.Worklist;

/// <summary>A township in the worklist: its report's revision and format (null when it has no report), and what to look at.</summary>
public sealed class QualityTownshipResponse
{
    public required string TownshipCode { get; init; }
    public required string TownshipName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required int? Revision { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Format { get; init; }

    /// <summary>Violations, then outliers, then warnings; a missing report's one item.</summary>
    public required IReadOnlyList<QualityItem> Items { get; init; }

    public static QualityTownshipResponse From(WorklistEntry entry) => new()
    {
        TownshipCode = entry.TownshipCode,
        TownshipName = entry.TownshipName,
        Revision = entry.Revision,
        Format = entry.Format,
        Items = entry.Items,
    };
}
