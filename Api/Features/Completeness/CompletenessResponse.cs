using System.Text.Json.Serialization;
using Disclosure.Api.Reads;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Completeness;

public sealed class CompletenessResponse
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Area { get; init; }

    public required int Year { get; init; }

    /// <summary>accepted when only accepted reports count; null when every report that counts does.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Status { get; init; }

    /// <summary>The first instant that is late: 1 February of the next year, 00:00 China Standard Time (31 January 16:00 UTC).</summary>
    public required DateTime Deadline { get; init; }

    public required int Expected { get; init; }
    public required int Submitted { get; init; }
    public required int OnTime { get; init; }

    /// <summary>How many of the submitted reports are in each review state.</summary>
    public required ReviewStatesResponse States { get; init; }

    /// <summary>submitted / expected, rounded to 6 decimals; null when nothing is expected.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required decimal? Rate { get; init; }

    /// <summary>onTime / expected, rounded to 6 decimals; null when nothing is expected.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required decimal? OnTimeRate { get; init; }

    /// <summary>The township-level units with no report for the year, in code order.</summary>
    public required IReadOnlyList<MissingTownshipResponse> Missing { get; init; }

    /// <summary>The township-level units whose report is late, in code order, with the dates that judged them.</summary>
    public required IReadOnlyList<LateTownshipResponse> Late { get; init; }

    /// <summary>The township-level units whose report the county returned and that have not revised it, in code order, with the reason.</summary>
    public required IReadOnlyList<ReturnedTownshipResponse> Returned { get; init; }

    public static CompletenessResponse From(CompletenessResult r) => new()
    {
        Area = r.Area,
        Year = r.Year,
        Status = r.AcceptedOnly ? ReviewStatus.Accepted : null,
        Deadline = r.Deadline.UtcDateTime,
        Expected = r.Expected,
        Submitted = r.Submitted,
        OnTime = r.OnTime,
        States = ReviewStatesResponse.From(r.States),
        Rate = r.Rate,
        OnTimeRate = r.OnTimeRate,
        Missing = r.Missing.Select(MissingTownshipResponse.From).ToList(),
        Late = r.Late.Select(LateTownshipResponse.From).ToList(),
        Returned = r.Returned.Select(ReturnedTownshipResponse.From).ToList(),
    };
}
