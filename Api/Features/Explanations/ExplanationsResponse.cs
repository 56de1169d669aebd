namespace Disclosure.Api.Features.Explanations;

/// <summary>Every explanation of a township's report for a year, of every revision, oldest first.</summary>
public sealed class ExplanationsResponse
{
    public required string TownshipCode { get; init; }
    public required int Year { get; init; }

    /// <summary>The report's current revision.</summary>
    public required int Revision { get; init; }

    public required IReadOnlyList<ExplanationResponse> Explanations { get; init; }
}
