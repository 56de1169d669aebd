namespace Disclosure.Api.Features.Tables;

/// <summary>The national tables of an area for a year, a set per format its reports use (the JSON the answer is written as).</summary>
public sealed class TablesResponse
{
    /// <summary>The division code asked for; null for the whole country.</summary>
    public required string? Area { get; init; }

    public required string AreaName { get; init; }

    public required int Year { get; init; }

    public required bool ExcludeFlagged { get; init; }

    /// <summary>accepted when only the reports the county accepted are summed; null when every report that counts is.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public required string? Status { get; init; }

    /// <summary>A heading for the page: the area, its code and the year, and what is left out (flagged reports, reports not accepted).</summary>
    public required string Title { get; init; }

    /// <summary>A set of tables per format present, by format id; empty when the area has no report for the year.</summary>
    public required IReadOnlyList<FormatTablesResponse> Formats { get; init; }
}
