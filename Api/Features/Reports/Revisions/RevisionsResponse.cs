namespace Disclosure.Api.Features.Reports.Revisions;

public sealed class RevisionsResponse
{
    public required string TownshipCode { get; init; }
    public required int Year { get; init; }
    public required IReadOnlyList<RevisionSummary> Revisions { get; init; }
}
