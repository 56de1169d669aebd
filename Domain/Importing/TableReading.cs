using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Importing;

/// <summary>One document's import: finds the tables' regions by their headings, their rows by their labels, decides the layout, reads every cell.</summary>
internal sealed partial class TableReading(PrintedDocument document, TitleReader.Found? title, DateOnly? publishedAt)
{
    /// <summary>A cell longer than this is a paragraph: never a label or a figure of a table.</summary>
    private const int MaxCellLength = 1_000;
    /// <summary>A row printing more than this is never a table's heading or first row (a row of table 三 prints about 300).</summary>
    private const int MaxRowLength = 4_000;
    /// <summary>The most lines a table is looked for in after its heading: a table 三 wrapped line by line in a PDF has about 120.</summary>
    private const int MaxTableLines = 600;
    /// <summary>The most lines table 四's row of figures is looked for in under its heading (its headers take three to six).</summary>
    private const int MaxReviewLines = 30;
    private const int MaxHeadingLength = 40;

    private const string ProactiveHeading = "主动公开政府信息情况";
    private const string ApplicationsHeading = "收到和处理政府信息公开申请情况";
    private const string ReviewHeading = "政府信息公开行政复议行政诉讼情况";

    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);
    private readonly List<CellSource> _sources = [];
    private readonly List<string> _blanks = [];
    private readonly List<ImportNote> _notes = [];
    private readonly List<ImportProblem> _problems = [];
    private readonly List<MissingPart> _notFound = [];
    private readonly PrintedLines _lines = new(document.Rows, MaxCellLength);

    public ImportedReport Read()
    {
        var h2 = FindHeading(0, ProactiveHeading);
        var h3 = FindHeading(h2 ?? 0, ApplicationsHeading);
        var h4 = FindHeading(h3 ?? h2 ?? 0, ReviewHeading);

        // Each table from its heading to the next one's; a table printed without its heading from its first row.
        var proactiveStart = h2
            ?? FirstLine(0, h3 ?? _lines.Count, l => l.Label.Length <= 20 && l.Label.Contains("第二十条", StringComparison.Ordinal))
            ?? FirstLine(0, h3 ?? _lines.Count, IsProactiveRow);
        var applicationsStart = h3 ?? FirstLine(proactiveStart ?? 0, h4 ?? _lines.Count, l => l.Label.Contains("本年新收政府信息公开申请数量", StringComparison.Ordinal));
        var reviewStart = h4 ?? FirstLine(applicationsStart ?? proactiveStart ?? 0, _lines.Count,
            l => l.Label.Length <= MaxHeadingLength && l.Label.Contains("行政复议", StringComparison.Ordinal) && l.Label.Contains("行政诉讼", StringComparison.Ordinal));

        var proactive = new RowScanner(LabelCatalogue.ProactiveItems, LabelCatalogue.Proactive, _problems);
        if (proactiveStart is { } p2)
        {
            // A first row found without any heading may have its block's header row just above it.
            var from = h2 is not null ? p2 + 1 : p2 > 0 && _lines[p2 - 1].Label.StartsWith("信息内容", StringComparison.Ordinal) ? p2 - 1 : p2;
            proactive.Scan(_lines, from, Math.Min(applicationsStart ?? reviewStart ?? _lines.Count, p2 + MaxTableLines));
            if (h2 is null && proactive.Found.Count > 0)
                _notes.Add(new ImportNote(ImportCodes.HeadingMissing, "/" + ProactiveTables.Section,
                    $"The heading \"二、{ProactiveHeading}\" was not found; the rows of table 二 were read from \"{_lines[p2].PrintedLabel}\" ({_lines[p2].Row.Place})."));
        }

        var applications = new RowScanner(LabelCatalogue.ApplicationItems, LabelCatalogue.Applications, _problems);
        if (applicationsStart is { } p3)
        {
            applications.Scan(_lines, p3 + (h3 is null ? 0 : 1), Math.Min(reviewStart ?? _lines.Count, p3 + MaxTableLines));
            if (h3 is null)
                _notes.Add(new ImportNote(ImportCodes.HeadingMissing, "/" + ApplicationTables.Section,
                    $"The heading \"三、{ApplicationsHeading}\" was not found; the rows of table 三 were read from \"{_lines[p3].PrintedLabel}\" ({_lines[p3].Row.Place})."));
        }

        PrintedLine? reviewRow = null;
        if (reviewStart is { } p4)
        {
            reviewRow = FirstLine(p4 + 1, Math.Min(_lines.Count, p4 + 1 + MaxReviewLines), l => !l.HasLabel && l.HasFigures && !l.IsPageNumber) is { } r ? _lines[r] : null;
            if (h4 is null && reviewRow is not null)
                _notes.Add(new ImportNote(ImportCodes.HeadingMissing, "/" + ReviewLitigationTable.Section,
                    $"The heading \"四、政府信息公开行政复议、行政诉讼情况\" was not found; table 四 was read under \"{_lines[p4].PrintedLabel}\" ({_lines[p4].Row.Place})."));
        }

        var (format, layout) = Decide(proactive.Found, applications.Found);
        if (format is not null && layout is not null)
        {
            ReadProactive(layout, proactive.Found);
            ReadApplications(layout, applications.Found);
            ReadReview(reviewRow);
        }
        else
        {
            // No format: nothing is read. A table with rows found is not listed here; the problem says why it was not read.
            if (proactive.Found.Count == 0) _notFound.Add(new MissingPart(LabelCatalogue.Proactive, null, $"Table 二 ({ProactiveHeading}) was not found."));
            if (applications.Found.Count == 0) _notFound.Add(new MissingPart(LabelCatalogue.Applications, null, $"Table 三 ({ApplicationsHeading}) was not found."));
            if (reviewRow is null) _notFound.Add(new MissingPart(LabelCatalogue.ReviewLitigation, null, "Table 四 (政府信息公开行政复议、行政诉讼情况) was not found."));
        }

        return new ImportedReport(_values)
        {
            Format = format,
            Layout = layout,
            Title = title?.Title,
            BodyName = title?.BodyName,
            Year = title?.Year,
            PublishedAt = publishedAt,
            Sources = _sources,
            Blanks = _blanks,
            Notes = _notes,
            Problems = _problems,
            NotFound = _notFound,
        };
    }

    /// <summary>A row of table 二 printed without its heading: a label that is exactly one of its rows' (规章, 行政许可…), with figures.</summary>
    private static bool IsProactiveRow(PrintedLine line) =>
        line.HasFigures && line.Label.Length <= 20
        && LabelMatcher.Match(line.Label, LabelCatalogue.ProactiveItems, false) is { Item: not null, Kind: MatchKind.Exact };

    private int? FindHeading(int from, string heading)
    {
        for (var i = from; i < _lines.Count; i++)
        {
            // Spaces and &nbsp; aside, a heading is short: a longer row is not read as a line to find out.
            if (_lines.PrintedLength(i) > 8 * MaxHeadingLength) continue;
            var text = _lines[i].All;
            if (text.Length > MaxHeadingLength || text.Length < heading.Length) continue;
            var stripped = text.Replace("、", "", StringComparison.Ordinal).Replace("和", "", StringComparison.Ordinal);
            var key = heading.Replace("和", "", StringComparison.Ordinal);
            var at = stripped.IndexOf(key, StringComparison.Ordinal);
            // The heading itself, numbered or not (二、 一二三四 left by the 、 removed), not a sentence naming it.
            if (at >= 0 && at <= 3 && stripped.Length - at - key.Length <= 6) return i;
        }
        return null;
    }

    private int? FirstLine(int from, int to, Func<PrintedLine, bool> test)
    {
        for (var i = from; i < to && i < _lines.Count; i++)
            if (_lines.PrintedLength(i) <= MaxRowLength && test(_lines[i])) return i;
        return null;
    }
}
