namespace Disclosure.Api.Features.Cells;

public sealed class TidyCell
{
    public required string TownshipCode { get; init; }
    public required int Year { get; init; }
    public required string Format { get; init; }
    public required bool Flagged { get; init; }
    public required string Section { get; init; }
    public required string Row { get; init; }
    public required string Column { get; init; }

    /// <summary>A count, or an amount in 万元 with up to 6 decimals.</summary>
    public required decimal Value { get; init; }
}
