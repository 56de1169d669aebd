namespace Disclosure.Domain.Rollups;

/// <summary>A group of a rollup: only the parts grouped by are set, the others are null.</summary>
public sealed record RollupKey(int? Year, string? Province, string? City, string? County, string? Township)
{
    /// <summary>The key of the one group of an ungrouped rollup.</summary>
    public static RollupKey GrandTotal { get; } = new(null, null, null, null, null);

    /// <summary>The key of a township's report for a year under <paramref name="groupBy"/>.</summary>
    public static RollupKey Of(IReadOnlyList<GroupLevel> groupBy, int year, string areaCode) => new(
        groupBy.Contains(GroupLevel.Year) ? year : null,
        Part(groupBy, GroupLevel.Province, areaCode, 2),
        Part(groupBy, GroupLevel.City, areaCode, 4),
        Part(groupBy, GroupLevel.County, areaCode, 6),
        Part(groupBy, GroupLevel.Township, areaCode, 9));

    /// <summary>Key order: year, then province, city, county, township (codes in text order).</summary>
    public static IComparer<RollupKey> Order { get; } = Comparer<RollupKey>.Create((a, b) =>
    {
        var byYear = Nullable.Compare(a.Year, b.Year);
        if (byYear != 0) return byYear;
        foreach (var (x, y) in new[] { (a.Province, b.Province), (a.City, b.City), (a.County, b.County), (a.Township, b.Township) })
        {
            var byCode = string.CompareOrdinal(x, y);
            if (byCode != 0) return byCode;
        }
        return 0;
    });

    private static string? Part(IReadOnlyList<GroupLevel> groupBy, GroupLevel level, string areaCode, int length)
    {
        if (!groupBy.Contains(level)) return null;
        if (areaCode.Length < length)
            throw new ArgumentException($"Area code \"{areaCode}\" is too short to group by {level}.", nameof(areaCode));
        return areaCode[..length];
    }
}
