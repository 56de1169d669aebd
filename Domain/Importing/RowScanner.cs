namespace Disclosure.Domain.Importing;

/// <summary>
/// Finds the rows of table 二 or 三 in a stretch of printed lines. A row's label may be printed with its numbers,
/// on the lines before them (a PDF wraps long labels; a group label stands on a line of its own), or continue on the
/// line after them; a line of numbers alone at the top of a page belongs to the label printed just below it.
/// </summary>
internal sealed class RowScanner(IReadOnlyList<RowItem> items, string table, List<ImportProblem> problems)
{
    private const int MaxPendingLines = 3;
    private const int MaxContinuationLines = 2;

    private static readonly string[] ApplicationHeaderWords = ["申请人情况", "自然人", "商业企业", "科研机构", "社会公益", "法律服务", "勾稽关系"];

    public List<FoundRow> Found { get; } = [];

    public void Scan(IReadOnlyList<PrintedLine> lines, int start, int end)
    {
        var pending = new List<PrintedLine>();
        PrintedLine? orphan = null;
        IReadOnlyList<HeaderColumn>? header = null;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.IsPageNumber || (!line.HasLabel && !line.HasFigures)) continue;

            if (table == LabelCatalogue.Proactive && line.Label.Contains("第二十条", StringComparison.Ordinal))
            {
                header = null;
                pending.Clear();
                continue;
            }
            if (IsHeader(line))
            {
                if (table == LabelCatalogue.Proactive) header = HeaderOf(line);
                pending.Clear();
                continue;
            }

            if (line.HasLabel && (line.HasFigures || (!line.HasGeometry && line.Values.Count > 0)))
            {
                var consumed = TryEmit(lines, i, end, pending, line, line, header);
                if (consumed >= 0) { i = consumed; pending.Clear(); continue; }
                if (line.HasFigures) Unrecognised(line);
                else Add(pending, line);
                continue;
            }

            if (!line.HasLabel)
            {
                if (pending.Count > 0)
                {
                    var consumed = TryEmit(lines, i, end, pending, null, line, header);
                    pending.Clear();
                    if (consumed >= 0) { i = consumed; continue; }
                }
                if (orphan is not null) Unrecognised(orphan);
                orphan = line;
                continue;
            }

            if (orphan is not null && TryEmit(lines, i, i + 1, [], line, orphan, header) >= 0)
            {
                orphan = null;
                continue;
            }
            Add(pending, line);
        }
        if (orphan is not null) Unrecognised(orphan);
    }

    /// <summary>Matches the label (own, then with the pending lines, then with continuation lines) and records the row; returns the last line used, or -1.</summary>
    private int TryEmit(IReadOnlyList<PrintedLine> lines, int index, int end, List<PrintedLine> pending, PrintedLine? own, PrintedLine values, IReadOnlyList<HeaderColumn>? header)
    {
        var candidates = new List<(List<PrintedLine> Parts, int Last)>();
        if (own is not null) candidates.Add(([own], index));
        if (pending.Count > 0) candidates.Add(([.. pending, .. own is null ? Array.Empty<PrintedLine>() : [own]], index));
        var continuation = new List<PrintedLine>();
        for (var j = index + 1; j < end && continuation.Count < MaxContinuationLines; j++)
        {
            var next = lines[j];
            if (next.IsPageNumber) continue;
            if (!next.HasLabel || next.HasFigures || PrintedForms.StartsWithNumbering(next.Label) || IsHeader(next)) break;
            continuation.Add(next);
            foreach (var baseParts in candidates.Where(c => c.Last == index).Select(c => c.Parts).ToList())
                candidates.Add(([.. baseParts, .. continuation], j));
            if (own is null && pending.Count == 0) candidates.Add(([.. continuation], j));
        }

        var afterOverdueFee = Found.Count > 0 && Found[^1].Item.Path == LabelCatalogue.OtherHandlingOverdueFee;
        foreach (var loosest in new[] { MatchKind.Exact, MatchKind.Typo })
        {
            foreach (var (parts, last) in candidates)
            {
                var label = string.Concat(parts.Select(p => p.Label));
                var match = LabelMatcher.Match(label, items, afterOverdueFee);
                if (match is null || match.Kind > loosest) continue;
                if (match.Item is null)
                {
                    problems.Add(new ImportProblem(ImportCodes.AmbiguousLabel, "", table, Printed(parts), "", "",
                        $"Row \"{Printed(parts)}\" ({values.Row.Place}) is near {string.Join(" and ", match.Ambiguous.Select(a => $"\"{a.Item}\""))}; it was not read."));
                    return last;
                }
                Found.Add(new FoundRow(match.Item, Printed(parts), match.Segment, match.Kind, values.Values, values.HasGeometry, values.Row.Place, header));
                return last;
            }
        }
        return -1;
    }

    private static string Printed(IReadOnlyList<PrintedLine> parts) =>
        string.Join(parts.Any(p => p.HasGeometry) ? "" : " ", parts.Select(p => p.PrintedLabel).Where(p => p.Length > 0));

    private bool IsHeader(PrintedLine line) => table == LabelCatalogue.Proactive
        ? line.Label.StartsWith("信息内容", StringComparison.Ordinal)
        : ApplicationHeaderWords.Any(w => line.Label.Contains(w, StringComparison.Ordinal));

    private static List<HeaderColumn> HeaderOf(PrintedLine line) =>
    [
        .. line.Labels.Skip(1).Where(l => !l.SpannedCopy).Select(l => new HeaderColumn(PrintedForms.Compact(l.Printed), l.Normalised, l.X, SaysYuan(l.Normalised))),
    ];

    /// <summary>A header says its amounts are in 元 when it names 元 and not 万元: <c>（元）</c>, <c>单位：元</c>.</summary>
    private static bool SaysYuan(string header) => header.Contains('元') && !header.Contains("万元", StringComparison.Ordinal);

    private static void Add(List<PrintedLine> pending, PrintedLine line)
    {
        pending.Add(line);
        if (pending.Count > MaxPendingLines) pending.RemoveAt(0);
    }

    private void Unrecognised(PrintedLine line)
    {
        var text = string.Join(" ", line.Values.Select(v => PrintedForms.Compact(v.Printed)));
        problems.Add(new ImportProblem(ImportCodes.UnrecognisedRow, "", table, line.PrintedLabel, "", text,
            line.HasLabel
                ? $"Row \"{line.PrintedLabel}\" ({line.Row.Place}) has figures but is none of table {table}'s rows."
                : $"The figures \"{text}\" ({line.Row.Place}) have no row label."));
    }
}
