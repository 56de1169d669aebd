using System.Text.Json.Serialization;
using Disclosure.Domain.Quality;

namespace Disclosure.Api.Features.Quality.Worklist;

/// <summary>One page of an area's worklist for a year, with the counts and totals of the whole area.</summary>
public sealed class QualityResponse
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Area { get; init; }

    public required int Year { get; init; }

    /// <summary>The most townships this answer holds.</summary>
    public required int Limit { get; init; }

    /// <summary>The URL (path and query) of the next page, also sent as a Link header with rel="next"; null on the last page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Next { get; init; }

    /// <summary>The registry's township-level units under the area.</summary>
    public required int Expected { get; init; }

    /// <summary>Of those, how many have a report for the year.</summary>
    public required int Submitted { get; init; }

    /// <summary>How many townships the worklist lists, over every page.</summary>
    public required int Listed { get; init; }

    /// <summary>Reports with nothing to look at: counted, not listed.</summary>
    public required int Clean { get; init; }

    /// <summary>Per kind, the items over every page and the townships that have them; every kind, 0 too.</summary>
    public required IReadOnlyList<KindTotal> Totals { get; init; }

    /// <summary>This page's townships, best first.</summary>
    public required IReadOnlyList<QualityTownshipResponse> Townships { get; init; }

    public static QualityResponse From(string? area, int limit, string? next, QualityWorklist worklist, IReadOnlyList<WorklistEntry> page) => new()
    {
        Area = area,
        Year = worklist.Year,
        Limit = limit,
        Next = next,
        Expected = worklist.Expected,
        Submitted = worklist.Submitted,
        Listed = worklist.Entries.Count,
        Clean = worklist.Clean,
        Totals = worklist.Totals(),
        Townships = [.. page.Select(QualityTownshipResponse.From)],
    };
}
