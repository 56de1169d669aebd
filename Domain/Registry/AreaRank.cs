namespace Disclosure.Domain.Registry;

/// <summary>
/// Where a hit stands in a search's ranking: by how it matches, then higher levels first (a shorter code), then
/// code. Two hits never rank the same, so a rank is also the cursor a page continues after.
/// </summary>
public readonly record struct AreaRank(AreaMatch Match, string Code) : IComparable<AreaRank>
{
    public int CompareTo(AreaRank other)
    {
        var byMatch = Match.CompareTo(other.Match);
        if (byMatch != 0) return byMatch;
        var byLevel = Code.Length.CompareTo(other.Code.Length);
        return byLevel != 0 ? byLevel : string.CompareOrdinal(Code, other.Code);
    }
}
