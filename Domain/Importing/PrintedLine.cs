namespace Disclosure.Domain.Importing;

/// <summary>
/// A printed row split into its label (the cells up to the last one that is not a figure, merged-cell copies
/// included, repeats dropped) and its values (the cells after it, merged-cell copies left out: a number is read once).
/// </summary>
internal sealed class PrintedLine
{
    private PrintedLine(PrintedRow row, List<LinePart> labels, List<LinePart> values, bool hasGeometry)
    {
        Row = row;
        Labels = labels;
        Values = values;
        HasGeometry = hasGeometry;
        Label = string.Concat(labels.Select(l => l.Normalised));
        // A PDF's words are pieces of one printed label; a table's cells are its parts.
        PrintedLabel = string.Join(hasGeometry ? "" : " ", labels.Select(l => PrintedForms.Compact(l.Printed)));
        All = string.Concat(labels.Select(l => l.Normalised).Concat(values.Select(v => v.Normalised)));
    }

    public PrintedRow Row { get; }
    public IReadOnlyList<LinePart> Labels { get; }
    public IReadOnlyList<LinePart> Values { get; }

    /// <summary>Whether the reader knew where the cells stood (a PDF): then a blank cell is simply not there.</summary>
    public bool HasGeometry { get; }

    /// <summary>The label normalised, parts joined.</summary>
    public string Label { get; }

    /// <summary>The label as printed without whitespace, a table's cells joined by a space.</summary>
    public string PrintedLabel { get; }

    /// <summary>Every cell normalised, joined.</summary>
    public string All { get; }

    public bool HasLabel => Label.Length > 0;

    public bool HasFigures => Values.Any(v => v.Normalised.Length > 0);

    /// <summary>A line that is only a page number in a footer (PDF).</summary>
    public bool IsPageNumber => Labels.Count == 0 && Values.Count(v => v.Normalised.Length > 0) == 1
        && PrintedForms.IsPageNumber(Values.First(v => v.Normalised.Length > 0).Normalised);

    /// <summary>Reads a row; a cell longer than <paramref name="maxCellLength"/> is a paragraph and is read as a label.</summary>
    public static PrintedLine Of(PrintedRow row, int maxCellLength)
    {
        var hasGeometry = row.Cells.Any(c => c.X is not null);
        var normalised = row.Cells.Select(c => c.Text.Length > maxCellLength ? "" : PrintedForms.Normalise(c.Text)).ToArray();
        var lastLabel = -1;
        for (var i = 0; i < normalised.Length; i++)
            if (row.Cells[i].Text.Length > maxCellLength || !PrintedForms.IsValueLike(normalised[i])) lastLabel = i;

        var labels = new List<LinePart>();
        for (var i = 0; i <= lastLabel; i++)
        {
            var text = normalised[i];
            // A PDF prints a vertical group label (三、本年度办理结果) one character at a time beside the rows.
            if (text.Length == 0 || (hasGeometry && text.Length == 1 && !char.IsAsciiDigit(text[0]))) continue;
            if (labels.Count > 0 && labels[^1].Normalised == text) continue;
            labels.Add(new LinePart(row.Cells[i].Text, text, row.Cells[i].X, row.Cells[i].SpannedCopy));
        }

        var values = new List<LinePart>();
        for (var i = lastLabel + 1; i < normalised.Length; i++)
        {
            if (row.Cells[i].SpannedCopy || (hasGeometry && normalised[i].Length == 0)) continue;
            values.Add(new LinePart(row.Cells[i].Text, normalised[i], row.Cells[i].X));
        }
        return new PrintedLine(row, labels, values, hasGeometry);
    }
}
