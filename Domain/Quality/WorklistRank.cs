namespace Disclosure.Domain.Quality;

/// <summary>
/// Where an entry stands in the worklist: by tier, then more items first, then township code. Two entries never rank
/// the same (a township is listed once), so a rank is also the cursor a page continues after.
/// </summary>
public readonly record struct WorklistRank(WorklistTier Tier, int Items, string TownshipCode) : IComparable<WorklistRank>
{
    public int CompareTo(WorklistRank other)
    {
        var byTier = Tier.CompareTo(other.Tier);
        if (byTier != 0) return byTier;
        var byItems = other.Items.CompareTo(Items);
        return byItems != 0 ? byItems : string.CompareOrdinal(TownshipCode, other.TownshipCode);
    }
}
