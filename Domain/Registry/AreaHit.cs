namespace Disclosure.Domain.Registry;

/// <summary>An area a search found, and how it matched.</summary>
public sealed record AreaHit(Division Division, AreaMatch Match)
{
    public AreaRank Rank => new(Match, Division.Code);
}
