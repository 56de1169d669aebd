namespace Disclosure.Domain.Formats;

/// <summary>What a cell may hold; every kind is stored as a 64-bit integer.</summary>
public enum CellKind
{
    /// <summary>A whole number ≥ 0.</summary>
    Count,
    /// <summary>A whole number that may be negative (本年增/减).</summary>
    Change,
    /// <summary>An amount in 万元 on the wire (≤ 6 decimals), integer 分 in memory and storage.</summary>
    AmountFen,
}
