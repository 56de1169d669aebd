namespace Disclosure.Domain.Rollups;

/// <summary>
/// One group of a rollup: how many current reports it sums, how many of them are flagged, and the sums
/// per format id ("2019", "2021"): a format the group has no report in is absent.
/// </summary>
public sealed record RollupGroup(RollupKey Key, long Reports, long Flagged, IReadOnlyDictionary<string, FormatSums> ByFormat);

/// <summary>The reports of one format in a group, and their cells summed: <see cref="Sums"/> by cell index of that format.</summary>
public sealed record FormatSums(long Reports, long Flagged, long[] Sums)
{
    /// <summary>The sum of one cell; 0 for a cell beyond <see cref="Sums"/>.</summary>
    public long this[int index] => index < Sums.Length ? Sums[index] : 0;
}
