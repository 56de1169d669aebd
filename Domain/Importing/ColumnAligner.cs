namespace Disclosure.Domain.Importing;

/// <summary>
/// Puts a row's value cells in its columns. Explicit cells (web page, Word, text) are taken in order; empty cells at
/// the row's edges beyond its columns are the flattened merged cells of a text table, dropped when there is only one
/// way to drop them. Placed cells (PDF) go to the nearest column centre when the row has fewer numbers than columns.
/// Anything else is not guessed: the row's figures are then a problem.
/// </summary>
internal static class ColumnAligner
{
    /// <summary>The row's cell per column (null: not printed, a blank in a PDF), or null with <paramref name="why"/>.</summary>
    public static LinePart?[]? Align(IReadOnlyList<LinePart> values, int columns, bool hasGeometry, IReadOnlyList<double>? centres, out string why)
    {
        why = "";
        if (values.Count == columns) return [.. values];
        return hasGeometry ? ByPosition(values, columns, centres, out why) : ByOrder(values, columns, out why);
    }

    private static LinePart?[]? ByOrder(IReadOnlyList<LinePart> values, int columns, out string why)
    {
        why = "";
        if (values.Count < columns)
        {
            why = $"it has {values.Count} cells for {columns} columns.";
            return null;
        }
        var leading = values.TakeWhile(v => v.Normalised.Length == 0).Count();
        var trailing = values.Reverse().TakeWhile(v => v.Normalised.Length == 0).Count();
        var extra = values.Count - columns;
        var fewest = Math.Max(0, extra - trailing);
        var most = Math.Min(leading, extra);
        if (fewest > most)
        {
            why = $"it has {values.Count - leading - trailing} cells with text for {columns} columns.";
            return null;
        }
        if (fewest < most)
        {
            why = $"it has {values.Count} cells for {columns} columns, and which of its empty cells are blanks is not clear.";
            return null;
        }
        return [.. values.Skip(fewest).Take(columns)];
    }

    private static LinePart?[]? ByPosition(IReadOnlyList<LinePart> values, int columns, IReadOnlyList<double>? centres, out string why)
    {
        why = "";
        if (centres is null || centres.Count != columns || values.Any(v => v.X is null))
        {
            why = $"it has {values.Count} numbers for {columns} columns, and no full row to learn where the columns are.";
            return null;
        }
        var gap = Enumerable.Range(1, columns - 1).Select(i => Math.Abs(centres[i] - centres[i - 1])).DefaultIfEmpty(double.MaxValue).Min();
        var cells = new LinePart?[columns];
        foreach (var value in values)
        {
            var nearest = Enumerable.Range(0, columns).MinBy(i => Math.Abs(centres[i] - value.X!.Value));
            if (Math.Abs(centres[nearest] - value.X!.Value) >= gap / 2 || cells[nearest] is not null)
            {
                why = $"its number \"{PrintedForms.Compact(value.Printed)}\" at x = {value.X:0.#} cannot be aligned with one column.";
                return null;
            }
            cells[nearest] = value;
        }
        return cells;
    }
}
