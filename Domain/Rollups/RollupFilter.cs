using Disclosure.Domain.Registry;

namespace Disclosure.Domain.Rollups;

/// <summary>
/// Which current reports a rollup sums and how it groups them. <see cref="Area"/> is a division code prefix of
/// 2, 4, 6 or 9 digits, or null for the nation (validated by the caller); years are inclusive. Every report that counts
/// (submitted, accepted, returned: a withdrawn one counts nowhere), or the accepted ones alone when
/// <see cref="AcceptedOnly"/>.
/// </summary>
public sealed record RollupFilter(
    string? Area, int? FromYear, int? ToYear, IReadOnlyList<GroupLevel> GroupBy, bool ExcludeFlagged, bool AcceptedOnly = false)
{
    public bool Groups(GroupLevel level) => GroupBy.Contains(level);

    /// <summary>The length of the finest division code grouped by (2 province … 9 township); null when no division is.</summary>
    public int? GroupedCodeLength =>
        Groups(GroupLevel.Township) ? DivisionCode.LengthOf(DivisionLevel.Township)
        : Groups(GroupLevel.County) ? DivisionCode.LengthOf(DivisionLevel.County)
        : Groups(GroupLevel.City) ? DivisionCode.LengthOf(DivisionLevel.City)
        : Groups(GroupLevel.Province) ? DivisionCode.LengthOf(DivisionLevel.Province)
        : null;
}
