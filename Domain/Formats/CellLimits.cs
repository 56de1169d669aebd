using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Formats;

/// <summary>
/// The largest figures a report may hold. Chosen so that 413,520 reports (41,352 townships × 10 years)
/// can be summed in 64 bits: 10^12 × 4.2·10^5 and 10^13 分 × 4.2·10^5 both stay below 9.2·10^18.
/// </summary>
public static class CellLimits
{
    /// <summary>The largest count, and the largest magnitude of a change (本年增/减).</summary>
    public const long MaxCount = 1_000_000_000_000;

    /// <summary>The largest amount in 万元 (一千亿元), far beyond any township's fees.</summary>
    public const long MaxAmountWan = 10_000_000;

    public const long MaxAmountFen = MaxAmountWan * Amounts.FenPerWan;
}
