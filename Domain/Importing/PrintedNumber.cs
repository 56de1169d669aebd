using System.Globalization;
using System.Text.RegularExpressions;
using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Importing;

/// <summary>
/// Reads a printed figure exactly. Accepted: digits with thousands separators in groups of three (<c>1,234</c>,
/// <c>1，234</c>), spaces anywhere (<c>9 487</c>), a sign for 本年增/减 only, decimals for amounts (≤ 6 in 万元,
/// ≤ 2 in 元), a <c>万元</c> or <c>元</c> suffix on amounts. Blank: empty, <c>—</c>, <c>-</c>, <c>/</c>, <c>无</c>.
/// Anything else is a problem, including a count with a unit (<c>5件</c>): the format's cells are bare numbers,
/// and a cell with words in it is one a person should look at rather than one the importer reads past.
/// </summary>
internal static partial class PrintedNumber
{
    public static ReadFigure Read(string printed, CellKind kind, bool columnInYuan)
    {
        var text = PrintedForms.Normalise(printed);
        if (PrintedForms.IsBlankMark(text) || text.Length == 0) return new(null, true, false, null, null);

        var inYuan = columnInYuan;
        if (kind == CellKind.AmountFen)
        {
            if (text.EndsWith("万元", StringComparison.Ordinal)) { text = text[..^2]; inYuan = false; }
            else if (text.EndsWith('元')) { text = text[..^1]; inYuan = true; }
        }

        var match = Figure().Match(text);
        if (!match.Success)
            return Problem(ImportCodes.UnreadableCell, $"\"{printed.Trim()}\" is not a number.");

        var negative = match.Groups["sign"].Value == "-";
        var whole = match.Groups["whole"].Value.Replace(",", "", StringComparison.Ordinal);
        var fraction = match.Groups["fraction"].Value;
        if (negative && kind != CellKind.Change)
            return Problem(ImportCodes.NegativeCount, $"\"{printed.Trim()}\" is negative; only 本年增/减 may be.");

        if (kind != CellKind.AmountFen)
        {
            if (fraction.Length > 0 && fraction.Any(c => c != '0'))
                return Problem(ImportCodes.NotWholeNumber, $"\"{printed.Trim()}\" is not a whole number.");
            if (!long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > CellLimits.MaxCount)
                return Problem(ImportCodes.OutOfRange, $"\"{printed.Trim()}\" is more than {CellLimits.MaxCount:N0}.");
            return new(negative ? -count : count, false, false, null, null);
        }

        var decimals = inYuan ? 2 : 6;
        var significant = fraction.TrimEnd('0');
        if (significant.Length > decimals)
            return Problem(ImportCodes.TooManyDecimals,
                $"\"{printed.Trim()}\" has {significant.Length} decimals; an amount in {(inYuan ? "元" : "万元")} has at most {decimals}, and is never rounded.");
        var unitsPerFen = inYuan ? 100L : 1_000_000L;
        if (whole.Length > 15 || !long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var units)
            || units > CellLimits.MaxAmountFen / unitsPerFen)
            return Problem(ImportCodes.OutOfRange, $"\"{printed.Trim()}\" is more than {CellLimits.MaxAmountWan:N0} 万元.");
        var fen = units * unitsPerFen + (significant.Length == 0 ? 0 : long.Parse(significant.PadRight(decimals, '0'), CultureInfo.InvariantCulture));
        if (fen > CellLimits.MaxAmountFen)
            return Problem(ImportCodes.OutOfRange, $"\"{printed.Trim()}\" is more than {CellLimits.MaxAmountWan:N0} 万元.");
        return new(fen, false, inYuan, null, null);
    }

    private static ReadFigure Problem(string code, string detail) => new(null, false, false, code, detail);

    [GeneratedRegex(@"^(?<sign>[-+]?)(?<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<fraction>\d+))?$")]
    private static partial Regex Figure();
}
