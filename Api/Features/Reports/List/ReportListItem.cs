namespace Disclosure.Api.Features.Reports.List;

public sealed class ReportListItem
{
    public required string TownshipCode { get; init; }
    public required string TownshipName { get; init; }
    public required int Year { get; init; }
    public required string Format { get; init; }
    public required int Revision { get; init; }
    public required bool Flagged { get; init; }
    public required DateTime SubmittedAt { get; init; }
}
