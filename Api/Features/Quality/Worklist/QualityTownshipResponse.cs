using System.Text.Json.Serialization;
using Disclosure.Domain.Quality;
using Disclosure.Domain.Reviews;

namespace Disclosure.Api.Features.Quality.Worklist;

/// <summary>A township in the worklist: its report's revision, format and review state (null when it has no report), and what to look at.</summary>
public sealed class QualityTownshipResponse
{
    public required string TownshipCode { get; init; }
    public required string TownshipName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required int? Revision { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Format { get; init; }

    /// <summary>The report's review state: submitted, accepted or returned; null when it is missing.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? State { get; init; }

    /// <summary>Returned first, then violations, outliers and warnings; a missing report's one item.</summary>
    public required IReadOnlyList<QualityItemResponse> Items { get; init; }

    public static QualityTownshipResponse From(WorklistEntry entry) => new()
    {
        TownshipCode = entry.TownshipCode,
        TownshipName = entry.TownshipName,
        Revision = entry.Revision,
        Format = entry.Format,
        State = entry.State is { } state ? ReviewNames.Of(state) : null,
        Items = [.. entry.Items.Select(QualityItemResponse.From)],
    };
}
