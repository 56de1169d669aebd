namespace Disclosure.Domain.Rollups;

/// <summary>
/// The reports of one format in a group, how many are flagged and how many in each review state, and their cells
/// summed: <see cref="Sums"/> by cell index of that format.
/// </summary>
public sealed record FormatSums(long Reports, long Flagged, long[] Sums, ReviewStateCounts States)
{
    /// <summary>The sum of one cell; 0 for a cell beyond <see cref="Sums"/>.</summary>
    public long this[int index] => index < Sums.Length ? Sums[index] : 0;
}
