namespace Disclosure.Domain.Quality;

/// <summary>
/// How far a figure must be from what is expected before an outlier rule fires (configuration section <c>Quality</c>).
/// The defaults are the ones the rules were designed with; <see cref="AreUsable"/> says whether a setting can work.
/// </summary>
public sealed class OutlierThresholds
{
    /// <summary>O1: a count moved more than this many times up or down from the previous year.</summary>
    public decimal JumpFactor { get; set; } = 5m;

    /// <summary>O1: only when the larger of the two years is at least this (a move between 1 and 6 is no news).</summary>
    public long JumpMinimum { get; set; } = 10;

    /// <summary>O2: the modified z-score (0.6745 × (x − median) / MAD) beyond which a township is far from its county's others.</summary>
    public decimal PeerScore { get; set; } = 3.5m;

    /// <summary>O2: the fewest other townships of the county, with a report for the year, that a figure is compared with.</summary>
    public int MinPeers { get; set; } = 5;

    /// <summary>O2: only when the figure is at least this far from the county's median (so small counts never fire).</summary>
    public long PeerMinimumDifference { get; set; } = 10;

    public const string Requirement = "Quality:JumpFactor and Quality:PeerScore must be more than 0 (JumpFactor more than 1), " +
                                      "Quality:JumpMinimum and Quality:PeerMinimumDifference at least 0, Quality:MinPeers at least 1.";

    public static bool AreUsable(OutlierThresholds t) =>
        t is { JumpFactor: > 1m, PeerScore: > 0m, JumpMinimum: >= 0, PeerMinimumDifference: >= 0, MinPeers: >= 1 };
}
