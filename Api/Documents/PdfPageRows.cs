using System.Text.RegularExpressions;
using Disclosure.Domain.Importing;
using UglyToad.PdfPig.Content;

namespace Disclosure.Api.Documents;

/// <summary>
/// Rebuilds the printed rows of one PDF page from its positioned words. All distances are relative to the font
/// size, so the same rules hold for 9-point table text and 16-point body text:
/// <list type="number">
/// <item>A label printed vertically, one character per line (三、本年度办理结果 down the side of a table), is taken
/// out first and becomes a row of its own, placed where it starts, so that its characters do not land in rows.
/// Only characters alone on their lines count, so a column of letter-spaced text is not read as one.</item>
/// <item>Words on the same baseline (within 0.3 of the smaller font size: labels and numbers in different sizes
/// sit a point or two apart) make a line.</item>
/// <item>A line's words make one cell while the gap between them is under 0.7 of a character; a wider gap starts a
/// new cell. Each cell's X is the centre of its text, so numbers can be matched to their columns.</item>
/// <item>A line without numbers lying within 1.2 line heights of a line with numbers, left of its first number and
/// not left of its label, is a wrapped piece of that line's label (a label printed over two or three lines with
/// its numbers in between or below): it is joined to the nearest such line's label in top-to-bottom order. When
/// the label is all on other lines, a piece wholly left of where the others start is a group label, not a piece.</item>
/// </list>
/// Everything else (headings, body text, dates) is one row per line.
/// </summary>
internal static partial class PdfPageRows
{
    private const double SameBaseline = 0.3;
    private const double CellGap = 0.7;
    private const double FragmentReach = 1.2;
    private const double StackedGap = 0.5;

    private sealed record Piece(string Text, double Left, double Right, double Bottom, double Top, double Baseline, double Size)
    {
        public double Centre => (Left + Right) / 2;
    }

    private sealed class Line(double baseline, double size)
    {
        public double Baseline { get; } = baseline;
        public double Size { get; set; } = size;
        public List<Piece> Words { get; } = [];
        public List<Piece> Cells { get; set; } = [];
        public List<(Line Fragment, Piece Into)> Fragments { get; } = [];
        public bool IsFragment { get; set; }
        public int FirstNumber => Cells.FindIndex(cell => IsNumber(cell.Text));
    }

    public static IEnumerable<PrintedRow> Of(IEnumerable<Word> words, int page)
    {
        var pieces = words.Where(word => !string.IsNullOrWhiteSpace(word.Text)).Select(PieceOf).ToList();
        var stacks = VerticalLabels(pieces);
        var stacked = stacks.SelectMany(stack => stack).ToHashSet(ReferenceEqualityComparer.Instance);
        var lines = Lines(pieces.Where(piece => !stacked.Contains(piece)).ToList());
        foreach (var line in lines)
            line.Cells = Cells(line.Words);
        JoinWrappedLabels(lines);

        var rows = lines.Where(line => !line.IsFragment)
            .Select(line => (Top: line.Baseline, Cells: RowCells(line)))
            .Concat(stacks.Select(stack => (Top: stack[0].Top, Cells: (IReadOnlyList<PrintedCell>)
                [new PrintedCell(string.Concat(stack.Select(piece => piece.Text)), stack[0].Centre)])))
            .OrderByDescending(row => row.Top)
            .ToList();
        return rows.Select((row, index) => new PrintedRow(row.Cells, $"page {page}, line {index + 1}"));
    }

    private static Piece PieceOf(Word word)
    {
        var box = word.BoundingBox;
        var size = word.Letters.Count > 0 ? word.Letters.Max(letter => letter.PointSize) : 0;
        if (size <= 0.5)
            size = Math.Max(box.Height, 1);
        var baseline = word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : box.Bottom;
        return new Piece(word.Text.Trim(), box.Left, box.Right, box.Bottom, box.Top, baseline, size);
    }

    /// <summary>
    /// Runs of three or more single characters (not digits), each alone on its line (no word within a character's
    /// width either side, so that letter-spaced text is not taken for one), stacked at one X with less than half a
    /// character between them.
    /// </summary>
    private static List<List<Piece>> VerticalLabels(List<Piece> pieces)
    {
        var lone = Lines(pieces).SelectMany(line => LoneCharacters(line.Words)).OrderBy(piece => piece.Centre).ToList();
        var stacks = new List<List<Piece>>();
        for (int start = 0, end; start < lone.Count; start = end)
        {
            end = start + 1;
            while (end < lone.Count && lone[end].Centre - lone[end - 1].Centre <= 0.3 * lone[end - 1].Size)
                end++;
            var stack = new List<Piece>();
            foreach (var piece in lone[start..end].OrderByDescending(piece => piece.Top))
            {
                if (stack.Count > 0 && stack[^1].Bottom - piece.Top > StackedGap * piece.Size)
                {
                    if (stack.Count >= 3)
                        stacks.Add(stack);
                    stack = [];
                }
                stack.Add(piece);
            }
            if (stack.Count >= 3)
                stacks.Add(stack);
        }
        return stacks;
    }

    private static IEnumerable<Piece> LoneCharacters(List<Piece> line)
    {
        var words = line.OrderBy(word => word.Left).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Text.Length == 1 && !char.IsDigit(word.Text[0])
                && (i == 0 || word.Left - words[i - 1].Right >= word.Size)
                && (i == words.Count - 1 || words[i + 1].Left - word.Right >= word.Size))
                yield return word;
        }
    }

    private static List<Line> Lines(List<Piece> pieces)
    {
        var lines = new List<Line>();
        foreach (var piece in pieces.OrderByDescending(piece => piece.Baseline).ThenBy(piece => piece.Left))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is null || Math.Abs(line.Baseline - piece.Baseline) > SameBaseline * Math.Min(line.Size, piece.Size))
                lines.Add(line = new Line(piece.Baseline, piece.Size));
            line.Words.Add(piece);
            line.Size = Math.Min(line.Size, piece.Size);
        }
        return lines;
    }

    private static List<Piece> Cells(List<Piece> words)
    {
        var cells = new List<Piece>();
        foreach (var word in words.OrderBy(word => word.Left))
        {
            var cell = cells.Count > 0 ? cells[^1] : null;
            if (cell is not null && word.Left - cell.Right < CellGap * Math.Min(cell.Size, word.Size))
                cells[^1] = Join(cell, word, sideBySide: true);
            else
                cells.Add(word);
        }
        return cells;
    }

    private static void JoinWrappedLabels(List<Line> lines)
    {
        var numbered = lines.Where(line => line.FirstNumber >= 0).ToList();
        foreach (var line in lines.Where(line => line.FirstNumber < 0))
        {
            var left = line.Cells.Min(cell => cell.Left);
            var right = line.Cells.Max(cell => cell.Right);
            var target = numbered
                .Where(numbers => Math.Abs(numbers.Baseline - line.Baseline) <= FragmentReach * line.Size
                                  && right < numbers.Cells[numbers.FirstNumber].Left
                                  && (numbers.FirstNumber == 0 || left >= numbers.Cells[0].Left - 0.5 * line.Size))
                .MinBy(numbers => Math.Abs(numbers.Baseline - line.Baseline));
            if (target is null)
                continue;
            var labels = target.Cells.Take(target.FirstNumber).ToList();
            var into = labels.MaxBy(label => Math.Min(label.Right, right) - Math.Max(label.Left, left)) is { } overlapping
                       && Math.Min(overlapping.Right, right) > Math.Max(overlapping.Left, left)
                ? overlapping
                : labels.LastOrDefault();
            target.Fragments.Add((line, into!));
            line.IsFragment = true;
        }

        // A line of numbers with no label of its own has only its fragments to say where its label column is: the
        // column next to the numbers, where the rightmost fragment starts. A fragment wholly left of it is a group
        // label beside the rows (（三）不予公开 centred on its sub-rows), not a piece of this row's label.
        foreach (var numbers in numbered.Where(numbers => numbers.FirstNumber == 0 && numbers.Fragments.Count > 1))
        {
            var column = numbers.Fragments.Max(fragment => fragment.Fragment.Cells.Min(cell => cell.Left));
            foreach (var beside in numbers.Fragments.Where(fragment => fragment.Fragment.Cells.Max(cell => cell.Right) <= column).ToList())
            {
                numbers.Fragments.Remove(beside);
                beside.Fragment.IsFragment = false;
            }
        }
    }

    private static IReadOnlyList<PrintedCell> RowCells(Line line)
    {
        var cells = line.Cells.Select(cell => new PrintedCell(cell.Text, Math.Round(cell.Centre, 1))).ToList();
        if (line.Fragments.Count == 0)
            return cells;
        var labelCount = line.FirstNumber;
        foreach (var group in line.Fragments.GroupBy(fragment => fragment.Into))
        {
            var parts = group.Select(fragment => (fragment.Fragment.Baseline, Piece: fragment.Fragment.Cells.Aggregate((a, b) => Join(a, b, sideBySide: true)))).ToList();
            if (group.Key is { } own)
                parts.Add((line.Baseline, own));
            var label = parts.OrderByDescending(part => part.Baseline).Select(part => part.Piece).Aggregate((a, b) => Join(a, b, sideBySide: false));
            var cell = new PrintedCell(label.Text, Math.Round(label.Centre, 1));
            var index = group.Key is null ? -1 : line.Cells.IndexOf(group.Key);
            if (index >= 0)
                cells[index] = cell;
            else
                cells.Insert(labelCount, cell);
        }
        return cells;
    }

    /// <summary>
    /// Two pieces of text as one: Chinese text runs on without a space (a gap between Chinese words is spacing,
    /// and a label wrapped onto the next line has no space at the break), other words keep one where they had a
    /// gap (<paramref name="sideBySide"/>) or a line break between them.
    /// </summary>
    private static Piece Join(Piece first, Piece second, bool sideBySide)
    {
        var spaced = !IsWide(first.Text[^1]) && !IsWide(second.Text[0])
                     && (!sideBySide || second.Left - first.Right > 0.15 * Math.Min(first.Size, second.Size));
        return new Piece(spaced ? $"{first.Text} {second.Text}" : first.Text + second.Text,
            Math.Min(first.Left, second.Left), Math.Max(first.Right, second.Right),
            Math.Min(first.Bottom, second.Bottom), Math.Max(first.Top, second.Top), first.Baseline, Math.Min(first.Size, second.Size));
    }

    /// <summary>Chinese characters and full-width punctuation (everything from the CJK radicals up).</summary>
    private static bool IsWide(char c) => c >= '\u2E80';

    private static bool IsNumber(string text) => Number().IsMatch(text);

    [GeneratedRegex(@"^[-+]?[0-9０-９]+([.,．，][0-9０-９]+)*%?$")]
    private static partial Regex Number();
}
