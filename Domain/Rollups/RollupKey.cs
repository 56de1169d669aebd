using System.Globalization;
using Disclosure.Domain.Registry;

namespace Disclosure.Domain.Rollups;

/// <summary>A group of a rollup: only the parts grouped by are set, the others are null.</summary>
public sealed record RollupKey(int? Year, string? Province, string? City, string? County, string? Township)
{
    private const char CursorSeparator = '-';

    /// <summary>The key of the one group of an ungrouped rollup.</summary>
    public static RollupKey GrandTotal { get; } = new(null, null, null, null, null);

    /// <summary>The key of a township's report for a year under <paramref name="groupBy"/>.</summary>
    public static RollupKey Of(IReadOnlyList<GroupLevel> groupBy, int year, string areaCode) => new(
        groupBy.Contains(GroupLevel.Year) ? year : null,
        Part(groupBy, GroupLevel.Province, areaCode, DivisionLevel.Province),
        Part(groupBy, GroupLevel.City, areaCode, DivisionLevel.City),
        Part(groupBy, GroupLevel.County, areaCode, DivisionLevel.County),
        Part(groupBy, GroupLevel.Township, areaCode, DivisionLevel.Township));

    /// <summary>The finest division code of the key (its township, else county, city, province); null when none is set.</summary>
    public string? Code => Township ?? County ?? City ?? Province;

    /// <summary>
    /// The key as a page cursor: the year and the finest code, joined by "-" ("2020-411328", "2020", "411328");
    /// the coarser codes are prefixes of the finest.
    /// </summary>
    public string ToCursor() =>
        string.Join(CursorSeparator, new[] { Year?.ToString(CultureInfo.InvariantCulture), Code }.OfType<string>());

    /// <summary>The key a cursor names under <paramref name="filter"/>'s grouping; null when it does not fit that grouping.</summary>
    public static RollupKey? FromCursor(string cursor, RollupFilter filter)
    {
        var parts = cursor.Split(CursorSeparator);
        var codeLength = filter.GroupedCodeLength;
        var expected = (filter.Groups(GroupLevel.Year) ? 1 : 0) + (codeLength is null ? 0 : 1);
        if (expected == 0 || parts.Length != expected)
            return null;
        var year = 0;
        if (filter.Groups(GroupLevel.Year) && !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year))
            return null;
        var code = "";
        if (codeLength is not null)
        {
            if (!DivisionCode.TryParse(parts[^1], out var grouped) || grouped.Value.Length != codeLength)
                return null;
            code = grouped.Value;
        }
        return Of(filter.GroupBy, year, code);
    }

    private static string? Part(IReadOnlyList<GroupLevel> groupBy, GroupLevel group, string areaCode, DivisionLevel level)
    {
        if (!groupBy.Contains(group)) return null;
        var length = DivisionCode.LengthOf(level);
        if (areaCode.Length < length)
            throw new ArgumentException($"Area code \"{areaCode}\" is too short to group by {group}.", nameof(areaCode));
        return areaCode[..length];
    }
}
