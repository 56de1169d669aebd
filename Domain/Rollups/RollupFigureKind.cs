namespace Disclosure.Domain.Rollups;

/// <summary>What kind of number a figure is, and so how it is written.</summary>
public enum RollupFigureKind
{
    /// <summary>A number of things (a change 本年增/减 summed may be negative).</summary>
    Count,

    /// <summary>An exact amount, summed in integer 分 and written in 万元.</summary>
    Amount,

    /// <summary>A fraction of two sums, rounded to 6 decimals; null when the denominator is 0.</summary>
    Rate,
}
