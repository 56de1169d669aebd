using System.Globalization;
using System.Text.RegularExpressions;

namespace Disclosure.Domain.Importing;

/// <summary>The report's title, the body and year it names, and the date under its signature.</summary>
internal static partial class TitleReader
{
    private const int TitleSearchRows = 300;
    private const int DateSearchRows = 30;
    private const int MaxTitleLength = 80;

    public sealed record Found(string Title, string BodyName, int Year);

    public static Found? FindTitle(IReadOnlyList<PrintedRow> rows, string? metadataTitle)
    {
        string? previous = null;
        for (var i = 0; i < rows.Count && i < TitleSearchRows; i++)
        {
            var printed = PrintedForms.Compact(string.Concat(rows[i].Cells.Select(c => c.Text)));
            if (printed.Length == 0) continue;
            if (printed.Length <= MaxTitleLength && Title().Match(PrintedForms.Normalise(printed)) is { Success: true } match)
            {
                var body = match.Groups["body"].Value;
                if (body.Length > 0) return Make(printed, body, match);
                // A title set over two lines: the body on the line above its year.
                if (previous is not null && previous.Length <= 30 && BodyLike().IsMatch(PrintedForms.Normalise(previous)))
                    return Make(previous + printed, PrintedForms.Normalise(previous), match);
                if (metadataTitle is not null && Title().Match(PrintedForms.Normalise(metadataTitle)) is { Success: true } meta && meta.Groups["body"].Length > 0
                    && meta.Groups["year"].Value == match.Groups["year"].Value)
                    return Make(PrintedForms.Compact(meta.Groups["body"].Value) + printed, meta.Groups["body"].Value, match);
                return null;
            }
            previous = printed;
        }
        if (metadataTitle is not null && Title().Match(PrintedForms.Normalise(metadataTitle)) is { Success: true } metaOnly && metaOnly.Groups["body"].Length > 0)
            return Make(PrintedForms.Compact(metadataTitle)[..metaOnly.Length], metaOnly.Groups["body"].Value, metaOnly);
        return null;
    }

    /// <summary>The last line near the end that is a date and nothing else: <c>2021年1月20日</c>, <c>２０２１年１月２０日</c>, <c>二〇二一年一月二十日</c>, <c>2021-01-20</c>.</summary>
    public static DateOnly? FindSignatureDate(IReadOnlyList<PrintedRow> rows)
    {
        var seen = 0;
        for (var i = rows.Count - 1; i >= 0 && seen < DateSearchRows; i--)
        {
            var text = PrintedForms.Normalise(string.Concat(rows[i].Cells.Select(c => c.Text)));
            if (text.Length == 0) continue;
            seen++;
            // The date alone, or after the body's name on the signature's line (上屯镇人民政府2021年1月20日).
            var signed = SignedBy().Match(text);
            if (signed.Success) text = text[signed.Length..];
            if (text.Length > 16) continue;
            if (DateOf(text) is { } date) return date;
        }
        return null;
    }

    private static DateOnly? DateOf(string text)
    {
        var match = Digits().Match(text);
        if (!match.Success)
        {
            var chinese = ChineseDate().Match(text);
            if (!chinese.Success) return null;
            var year = string.Concat(chinese.Groups["y"].Value.Select(c => (char)('0' + ChineseDigit(c))));
            return Valid(int.Parse(year, CultureInfo.InvariantCulture), ChineseNumber(chinese.Groups["m"].Value), ChineseNumber(chinese.Groups["d"].Value));
        }
        return Valid(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
    }

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1990 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;

    private static int ChineseDigit(char c) => "〇一二三四五六七八九".IndexOf(c) is >= 0 and var i ? i : c == '零' ? 0 : c == 'O' || c == '○' ? 0 : -100;

    /// <summary>一 … 三十一.</summary>
    private static int ChineseNumber(string text) => text switch
    {
        "十" => 10,
        _ when text.StartsWith('十') => 10 + ChineseDigit(text[1]),
        _ when text.Length == 3 && text[1] == '十' => ChineseDigit(text[0]) * 10 + ChineseDigit(text[2]),
        _ when text.Length == 2 && text[1] == '十' => ChineseDigit(text[0]) * 10,
        _ when text.Length == 1 => ChineseDigit(text[0]),
        _ => -1,
    };

    private static Found Make(string printedTitle, string body, Match match)
    {
        var name = BodySuffix().Replace(body.StartsWith("关于", StringComparison.Ordinal) ? body[2..] : body, "");
        return new Found(printedTitle, name, int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(?<body>.*?)(?<year>(?:19|20|21)\d{2})年度?政府信息公开(?:工作)?年度报告")]
    private static partial Regex Title();

    [GeneratedRegex(@"^\D{2,30}?(?:人民政府|办事处|政府|办公室)(?=[\d〇○零一二])")]
    private static partial Regex SignedBy();

    [GeneratedRegex(@"(?:人民政府|办事处|政府)$")]
    private static partial Regex BodySuffix();

    [GeneratedRegex(@"(?:政府|办事处|镇|乡|街道|区|县|市)$")]
    private static partial Regex BodyLike();

    [GeneratedRegex(@"^(?<y>\d{4})(?:年|-|\.|/)(?<m>\d{1,2})(?:月|-|\.|/)(?<d>\d{1,2})日?$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?<y>[〇○零O一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?<d>[一二三四五六七八九十]{1,3})日$")]
    private static partial Regex ChineseDate();
}
