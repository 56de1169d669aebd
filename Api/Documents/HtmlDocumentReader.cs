using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Disclosure.Domain.Importing;

namespace Disclosure.Api.Documents;

/// <summary>
/// Reads a web page: a row per block of text outside tables (paragraph, heading, list item, a line ended by
/// &lt;br&gt;), and each table as a full grid with its merged cells expanded (the copies marked); a table nested in
/// a cell is read as a table of its own after the row holding it. The title and publication date come from the
/// page's &lt;title&gt; and the meta tags Chinese government sites publish (ArticleTitle, PubDate...).
/// </summary>
public sealed partial class HtmlDocumentReader(DocumentLimits limits)
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "ul",
    };

    private static readonly HashSet<string> Unprinted = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "head", "title", "meta", "link", "select", "button", "input", "textarea", "iframe", "object", "svg", "math",
    };

    private static readonly string[] DateMetaNames = ["PubDate", "publishdate", "article:published_time", "firstpublishedtime"];

    public HtmlDocumentReader() : this(DocumentLimits.Default)
    {
    }

    /// <param name="declaredCharset">The charset of the upload's media type, when it names one: it outranks the page's own declaration.</param>
    public DocumentReading Read(ReadOnlyMemory<byte> bytes, string? declaredCharset = null)
    {
        if (!TextDecoding.TryDecode(bytes.Span, declaredCharset ?? DeclaredCharset(bytes.Span), out var html, out var failure))
            return DocumentReading.Refused(DocumentRefusals.UndecodableText, failure);

        var (depth, tableTags) = MarkupScan.Measure(html);
        if (tableTags > limits.MaxTables)
            return DocumentReading.Refused(DocumentRefusals.TooManyTables,
                $"The page has {tableTags:N0} tables, more than the {limits.MaxTables:N0} a report could have.");
        if (depth > limits.MaxNestingDepth)
            return DocumentReading.Refused(DocumentRefusals.DocumentTooLarge,
                $"The page's elements nest {depth:N0} deep, more than the {limits.MaxNestingDepth:N0} levels a page is read to.");

        try
        {
            var document = new HtmlParser().ParseDocument(html);
            var rows = new Walk(limits).Rows(document.Body ?? document.DocumentElement);
            return new PrintedDocument("html", rows) { Title = Title(document), PublishedAt = PublishedAt(document) };
        }
        catch (DocumentRefusedException e)
        {
            return e.Refusal;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // AngleSharp parses any text as the HTML standard does and is not known to throw on one; should it
            // ever, the page is refused rather than the request failed.
            return DocumentReading.Refused(DocumentRefusals.CorruptDocument, $"The page cannot be parsed: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}.");
        }
    }

    /// <summary>The charset a page's &lt;meta charset&gt; or http-equiv Content-Type declares near its start, as browsers look for it.</summary>
    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? Title(IDocument document)
    {
        var title = MetaContent(document, "ArticleTitle") ?? document.Title;
        return string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }

    private static DateOnly? PublishedAt(IDocument document)
    {
        foreach (var name in DateMetaNames)
        {
            var match = LeadingDate().Match(MetaContent(document, name) ?? "");
            if (match.Success && DateOnly.TryParseExact(
                    $"{match.Groups[1].Value}-{int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture):00}-{int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture):00}",
                    "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
        }
        return null;
    }

    private static string? MetaContent(IDocument document, string name) =>
        document.QuerySelectorAll("meta")
            .FirstOrDefault(meta => string.Equals(meta.GetAttribute("name") ?? meta.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")]
    private static partial Regex LeadingDate();

    [GeneratedRegex("[ \t\n\f\r]+")]
    private static partial Regex HtmlWhitespace();

    /// <summary>One pass over a page's body, in document order, without recursion (a page may nest deeply).</summary>
    private sealed class Walk(DocumentLimits limits)
    {
        private readonly PrintedRows rows = new(limits, "The page");
        private readonly StringBuilder line = new();
        private int paragraphs;

        public IReadOnlyList<PrintedRow> Rows(IElement root)
        {
            var pending = new Stack<(INode Node, bool Leaving)>();
            pending.Push((root, false));
            while (pending.TryPop(out var step))
            {
                var (node, leaving) = step;
                if (leaving)
                {
                    Flush();
                    continue;
                }
                if (node is IText text)
                {
                    line.Append(text.Data);
                    continue;
                }
                if (node is not IElement element || Hidden(element))
                    continue;
                if (element.LocalName == "br")
                {
                    Flush();
                    continue;
                }
                if (element is IHtmlTableElement table)
                {
                    Flush();
                    ReadTable(table);
                    continue;
                }
                if (Blocks.Contains(element.LocalName))
                {
                    Flush();
                    pending.Push((element, true));
                }
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    pending.Push((child, false));
            }
            Flush();
            return rows.Rows;
        }

        private void Flush()
        {
            var text = Printed(line.ToString());
            line.Clear();
            if (text.Length > 0)
                Add(new PrintedRow([new PrintedCell(text)], $"paragraph {++paragraphs}"));
        }

        private void Add(PrintedRow row) => rows.Add(row);

        private void ReadTable(IHtmlTableElement table)
        {
            var number = rows.NextTable();
            if (table.Caption is { } caption && CellText(caption, []) is { Length: > 0 } captionText)
                Add(new PrintedRow([new PrintedCell(captionText)], $"table {number}, caption"));

            var source = new List<IReadOnlyList<SourceCell>>();
            var nested = new List<List<IHtmlTableElement>>();
            var tableRows = table.Rows.ToList();
            foreach (var row in tableRows)
            {
                var inRow = new List<IHtmlTableElement>();
                source.Add(row.Cells.Select(cell => new SourceCell(
                        CellText(cell, inRow),
                        Span(cell.GetAttribute("rowspan"), zeroMeans: tableRows.Count),
                        Span(cell.GetAttribute("colspan"), zeroMeans: 1)))
                    .ToList());
                nested.Add(inRow);
            }
            var expanded = rows.Expand(number, source);
            for (var r = 0; r < expanded.Count; r++)
            {
                Add(new PrintedRow(expanded[r], $"table {number}, row {r + 1}"));
                foreach (var inner in nested[r])
                    ReadTable(inner);
            }
        }

        /// <summary>A cell's text with its markup flattened: line breaks and paragraphs become "\n"; tables nested in it are left to be read on their own.</summary>
        private static string CellText(IElement cell, List<IHtmlTableElement> nestedTables)
        {
            var text = new StringBuilder();
            var pending = new Stack<(INode Node, bool Leaving)>();
            for (var child = cell.LastChild; child is not null; child = child.PreviousSibling)
                pending.Push((child, false));
            while (pending.TryPop(out var step))
            {
                var (node, leaving) = step;
                if (leaving)
                {
                    text.Append('\n');
                    continue;
                }
                if (node is IText part)
                {
                    text.Append(part.Data);
                    continue;
                }
                if (node is not IElement element || Hidden(element))
                    continue;
                if (element is IHtmlTableElement table)
                {
                    nestedTables.Add(table);
                    text.Append('\n');
                    continue;
                }
                if (element.LocalName == "br")
                {
                    text.Append('\n');
                    continue;
                }
                if (Blocks.Contains(element.LocalName))
                {
                    text.Append('\n');
                    pending.Push((element, true));
                }
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    pending.Push((child, false));
            }
            return Printed(text.ToString());
        }

        private static bool Hidden(IElement element) =>
            Unprinted.Contains(element.LocalName)
            || element.HasAttribute("hidden")
            || (element.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// Text as a browser shows it: runs of HTML whitespace (not &amp;nbsp; or the full-width space) shown as one
        /// space, each line trimmed, empty lines dropped.
        /// </summary>
        private static string Printed(string text) =>
            string.Join('\n', text.Split('\n')
                .Select(part => HtmlWhitespace().Replace(part, " ").Trim())
                .Where(part => part.Length > 0));

        /// <summary>A rowspan or colspan as the HTML standard parses it (leading digits; anything else is 1), bounded later by the grid.</summary>
        private static int Span(string? value, int zeroMeans)
        {
            var digits = value.AsSpan().TrimStart(" \t\n\f\r");
            var length = 0;
            while (length < digits.Length && char.IsAsciiDigit(digits[length]))
                length++;
            if (length == 0)
                return 1;
            if (length > 6)
                return 1_000_000;
            var span = int.Parse(digits[..length], CultureInfo.InvariantCulture);
            return span == 0 ? zeroMeans : span;
        }
    }
}
