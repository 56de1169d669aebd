using System.Text.Json.Serialization;

namespace Disclosure.Api.Features.Registry.Children;

public sealed class ChildrenResponse
{
    /// <summary>The area whose units these are.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>The most units this answer holds.</summary>
    public required int Limit { get; init; }

    /// <summary>The URL (path and query) of the next page, also sent as a Link header with rel="next"; null on the last page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Next { get; init; }

    /// <summary>How many units are one level under the area, on every page.</summary>
    public required int Total { get; init; }

    /// <summary>How many units this answer holds.</summary>
    public required int Count { get; init; }

    /// <summary>The units one level under the area, in code order.</summary>
    public required IReadOnlyList<DivisionResponse> Children { get; init; }
}
