namespace Disclosure.Api.Features.Reviews;

/// <summary>A report's review state and every change of it, oldest first.</summary>
public sealed class ReviewHistoryResponse
{
    public required string TownshipCode { get; init; }
    public required int Year { get; init; }

    /// <summary>submitted, accepted, returned or withdrawn.</summary>
    public required string State { get; init; }

    /// <summary>The report's current revision.</summary>
    public required int Revision { get; init; }

    public required IReadOnlyList<ReviewEntryResponse> History { get; init; }
}
