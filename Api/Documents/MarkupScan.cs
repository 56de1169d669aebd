namespace Disclosure.Api.Documents;

/// <summary>
/// A cheap pass over a page's markup before it is parsed: how deeply its elements nest and how many tables it
/// opens. The HTML parser's work grows with the square of the nesting depth (a megabyte of unclosed &lt;div&gt;
/// tags costs it minutes), and browsers stop nesting at a few hundred levels, so a page nested far deeper is refused
/// before parsing. Elements the parser closes by itself (p, li, td...) and void elements are not counted.
/// </summary>
internal static class MarkupScan
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame",
        // Elements whose end tags may be left out: the parser closes them when the next one opens.
        "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "colgroup", "caption", "option", "optgroup", "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    public static (int Depth, int Tables) Measure(string html)
    {
        int depth = 0, deepest = 0, tables = 0, i = 0;
        // An end tag closes only an element of its name that is open (the parser ignores a stray one).
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var nameEnd = start;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
                nameEnd++;
            if (nameEnd == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }
            var name = html[start..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
                break;
            i = tagEnd + 1;
            if (NotNesting.Contains(name))
                continue;
            if (closing)
            {
                if (open.GetValueOrDefault(name) > 0)
                {
                    open[name]--;
                    depth--;
                }
                continue;
            }
            if (name.Equals("table", StringComparison.OrdinalIgnoreCase))
                tables++;
            if (html[tagEnd - 1] == '/')
                continue;
            if (RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            open[name] = open.GetValueOrDefault(name) + 1;
            deepest = Math.Max(deepest, ++depth);
        }
        return (deepest, tables);
    }
}
