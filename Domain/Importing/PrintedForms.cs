using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Domain.Importing;

/// <summary>
/// The forms of printed text the importer compares. The one normalisation every printed text gets before it is
/// matched: full-width forms folded to half-width (the service runs with invariant globalization, where
/// string.Normalize does not fold widths), every kind of whitespace removed (line breaks inside labels,
/// &amp;nbsp;), quotes and dashes unified.
/// </summary>
internal static partial class PrintedForms
{
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text.Replace("&nbsp;", "", StringComparison.OrdinalIgnoreCase))
        {
            var c = raw;
            if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF') continue;
            c = c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\u2500' => '-',
                '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'' or '\u300C' or '\u300D' or '\u301D' or '\u301E' => '"',
                '\u3001' => '、',
                _ => c,
            };
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The text as printed with its whitespace removed, for messages and sources (Chinese labels have no spaces).</summary>
    public static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&nbsp;", "", StringComparison.OrdinalIgnoreCase))
            if (!char.IsWhiteSpace(c) && c is not '\u200B' and not '\uFEFF') builder.Append(c);
        return builder.ToString();
    }

    /// <summary>The key labels are compared by: normalised, without quotes (危及“三安全一稳定” is printed with any quotes or none).</summary>
    public static string Key(string normalised) => normalised.Replace("\"", "", StringComparison.Ordinal);

    /// <summary>
    /// Whether a cell holds a figure rather than a label: empty, a blank mark, a number, or short text with a digit
    /// that is not a numbered label (<c>1O</c>, <c>约5</c> are figures that cannot be read; <c>1.属于国家秘密</c> is a label).
    /// </summary>
    public static bool IsValueLike(string normalised) =>
        normalised.Length == 0 || IsBlankMark(normalised) || NumberLike().IsMatch(normalised)
        || (normalised.Length <= 8 && normalised.Any(char.IsAsciiDigit) && !NumberedLabel().IsMatch(normalised));

    public static bool IsBlankMark(string normalised) => normalised is "/" or "无" || DashesOnly().IsMatch(normalised);

    /// <summary>A page number a PDF prints in its footer: <c>-3-</c>, <c>第3页</c>, <c>3/5</c>.</summary>
    public static bool IsPageNumber(string normalised) => PageNumber().IsMatch(normalised);

    public static bool StartsWithNumbering(string normalised) => LeadingNumbering().IsMatch(normalised);

    /// <summary>The numbering markers that split a printed label into its group and item parts: 一、 (一) 1.</summary>
    [GeneratedRegex(@"[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|(?<![\d.])\d{1,2}\.(?!\d)")]
    public static partial Regex Numbering();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}\.(?!\d))")]
    private static partial Regex LeadingNumbering();

    [GeneratedRegex(@"^[-+]?[\d,.]*\d[\d,.]*(?:万元|元)?$")]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"^\d{1,2}\.(?:\D|$)")]
    private static partial Regex NumberedLabel();

    [GeneratedRegex(@"^-+$")]
    private static partial Regex DashesOnly();

    [GeneratedRegex(@"^(?:-\d{1,3}-|第\d{1,3}页(?:,?共\d{1,3}页)?|\d{1,3}/\d{1,3})$")]
    private static partial Regex PageNumber();
}
