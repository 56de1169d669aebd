using Disclosure.Domain.Formats;
using Disclosure.Domain.Rollups;

namespace Disclosure.Domain.Changes;

/// <summary>
/// A figure that differs between two reports, or that only one of them has (the other's value is then null: never
/// invented). <see cref="Table"/> is 二, 三, 四 or <c>publications</c>; <see cref="Row"/> and <see cref="Column"/> are
/// the labels as the national format prints them. Values are integers: amounts in 分 (<see cref="CellKind.AmountFen"/>).
/// </summary>
public sealed record ChangedCell(string Pointer, string Table, string Row, string Column, CellKind Kind, long? From, long? To)
{
    public PresentIn PresentIn => From is null ? PresentIn.To : To is null ? PresentIn.From : PresentIn.Both;

    /// <summary>to − from, exact; null when one side has no figure.</summary>
    public long? Change => From is { } from && To is { } to ? checked(to - from) : null;

    /// <summary>to ÷ from rounded to 6 decimals, as the rollups' rates are; null when from is 0 or one side has no figure.</summary>
    public decimal? Ratio => From is { } from && To is { } to ? RollupValue.Rate.Of(to, from).Value : null;
}
