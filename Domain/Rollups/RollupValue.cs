using System.Globalization;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Rollups;

/// <summary>A summed figure: a count, an exact amount, or a rate.</summary>
public abstract record RollupValue
{
    private RollupValue() { }

    /// <summary>The value as exact JSON number text (also for CSV); null for a rate without a denominator.</summary>
    public abstract string? Text { get; }

    /// <summary>A number of things (a change 本年增/减 summed may be negative).</summary>
    public sealed record Count(long Value) : RollupValue
    {
        public override string Text => Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An exact amount in integer 分, written in 万元 as an exact decimal (24252311082 → 24252.311082).</summary>
    public sealed record Amount(long Fen) : RollupValue
    {
        public override string Text => Amounts.FenToWanText(Fen);
    }

    /// <summary>A fraction (0.5, not 50%) rounded to 6 decimals, or null when its denominator is 0.</summary>
    public sealed record Rate(decimal? Value) : RollupValue
    {
        public override string? Text => Value?.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// <paramref name="numerator"/> / <paramref name="denominator"/> rounded to 6 decimals half away from zero
        /// (四舍五入, as statistical tables round); null when the denominator is 0.
        /// </summary>
        public static Rate Of(long numerator, long denominator) =>
            new(denominator == 0 ? null : WithoutTrailingZeros(decimal.Round((decimal)numerator / denominator, 6, MidpointRounding.AwayFromZero)));

        // Dividing by 1 with many zeros drops the scale a decimal keeps, so 0.250000 is written 0.25.
        private static decimal WithoutTrailingZeros(decimal value) => value / 1.000000000000000000000000000000000m;
    }
}
