namespace Disclosure.Api.Features.Reports.List;

public sealed class ReportListResponse
{
    /// <summary>The most reports this answer holds.</summary>
    public required int Limit { get; init; }

    /// <summary>The URL (path and query) of the next page, also sent as a Link header with rel="next"; null on the last page.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public required string? Next { get; init; }

    /// <summary>How many reports match, over all pages.</summary>
    public required long Total { get; init; }

    public required IReadOnlyList<ReportListItem> Reports { get; init; }
}
