namespace Disclosure.Domain.Rollups;

/// <summary>What a rollup groups by; a key part is set for each level grouped.</summary>
public enum GroupLevel
{
    Year,
    Province,
    City,
    County,
    Township,
}

/// <summary>
/// Which current reports a rollup sums and how it groups them. <see cref="Area"/> is a division code prefix of
/// 2, 4, 6 or 9 digits, or null for the nation (validated by the caller); years are inclusive.
/// </summary>
public sealed record RollupFilter(string? Area, int? FromYear, int? ToYear, IReadOnlyList<GroupLevel> GroupBy, bool ExcludeFlagged)
{
    public bool Groups(GroupLevel level) => GroupBy.Contains(level);
}
