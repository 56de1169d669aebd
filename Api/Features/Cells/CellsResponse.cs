namespace Disclosure.Api.Features.Cells;

/// <summary>The JSON shape of the cells answer, for the OpenAPI document.</summary>
public sealed class CellsResponse
{
    /// <summary>The most reports whose cells this answer holds.</summary>
    public required int Limit { get; init; }

    /// <summary>The URL (path and query) of the next page, also sent as a Link header with rel="next"; null on the last page.</summary>
    public required string? Next { get; init; }

    public required IReadOnlyList<TidyCell> Cells { get; init; }

    /// <summary>How many cells this answer holds.</summary>
    public required long Count { get; init; }
}
