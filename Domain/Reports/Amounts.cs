using System.Globalization;

namespace Disclosure.Domain.Reports;

/// <summary>Amounts are integer 分 in memory; the contract writes them in 万元, where 6 decimals are one 分.</summary>
public static class Amounts
{
    public const long FenPerWan = 1_000_000;

    /// <summary>The exact decimal text in 万元, without trailing zeros: 9116360000 → "9116.36".</summary>
    public static string FenToWanText(long fen)
    {
        var sign = fen < 0 ? "-" : "";
        var magnitude = fen < 0 ? -(decimal)fen : fen;
        var whole = decimal.Truncate(magnitude / FenPerWan);
        var fraction = (long)(magnitude - whole * FenPerWan);
        var text = whole.ToString(CultureInfo.InvariantCulture);
        return fraction == 0
            ? sign + text
            : $"{sign}{text}.{fraction.ToString("D6", CultureInfo.InvariantCulture).TrimEnd('0')}";
    }
}
