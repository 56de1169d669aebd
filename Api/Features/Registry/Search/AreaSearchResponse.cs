using System.Text.Json.Serialization;

namespace Disclosure.Api.Features.Registry.Search;

public sealed class AreaSearchResponse
{
    /// <summary>The query, as given.</summary>
    public required string Q { get; init; }

    /// <summary>The most areas this answer holds.</summary>
    public required int Limit { get; init; }

    /// <summary>The URL (path and query) of the next page, also sent as a Link header with rel="next"; null on the last page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Next { get; init; }

    /// <summary>How many areas match q, on every page.</summary>
    public required int Total { get; init; }

    /// <summary>How many areas this answer holds.</summary>
    public required int Count { get; init; }

    public required IReadOnlyList<AreaHitResponse> Areas { get; init; }
}
