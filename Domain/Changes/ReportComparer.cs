using Disclosure.Domain.Formats;
using Disclosure.Domain.Printing;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Changes;

/// <summary>
/// Compares two reports of a township cell by cell: two revisions of one year, or one year's report and the year
/// before's. Figures are matched by their JSON Pointer, so reports of different formats (2019 and 2021) or layouts
/// (（六） divided or not) are compared on the cells both print; the cells only one prints are listed with null on the
/// other side.
/// </summary>
public static class ReportComparer
{
    /// <summary>Tables in printed order, then the publications figures.</summary>
    private static readonly string[] TableOrder =
        [.. new[] { ProactiveTables.Section, ApplicationTables.Section, ReviewLitigationTable.Section }.Select(s => PrintedWording.Numbers[s]), PublicationTables.Section];

    public static ReportChanges Compare(Report from, Report to)
    {
        var before = ReportFigures.Of(from);
        var after = ReportFigures.Of(to);
        var beforeByPointer = before.ToDictionary(f => f.Pointer, StringComparer.Ordinal);
        var afterPointers = after.Select(f => f.Pointer).ToHashSet(StringComparer.Ordinal);

        // A figure only the earlier report has is listed where it was printed: before the next figure both have.
        var goneBefore = new Dictionary<string, List<ComparedFigure>>(StringComparer.Ordinal);
        var gone = new List<ComparedFigure>();
        foreach (var figure in before)
        {
            if (!afterPointers.Contains(figure.Pointer))
                gone.Add(figure);
            else if (gone.Count > 0)
            {
                goneBefore[figure.Pointer] = gone;
                gone = [];
            }
        }

        var cells = new List<ChangedCell>();
        int compared = 0, unchanged = 0;
        foreach (var figure in after)
        {
            if (goneBefore.TryGetValue(figure.Pointer, out var earlier))
                cells.AddRange(earlier.Select(f => Listed(f, f.Value, null)));
            if (!beforeByPointer.TryGetValue(figure.Pointer, out var was))
            {
                cells.Add(Listed(figure, null, figure.Value));
                continue;
            }
            compared++;
            if (was.Value == figure.Value)
                unchanged++;
            else
                cells.Add(Listed(figure, was.Value, figure.Value));
        }
        cells.AddRange(gone.Select(f => Listed(f, f.Value, null)));

        var ordered = cells.OrderBy(c => Array.IndexOf(TableOrder, c.Table)).ToList();
        return new ReportChanges(compared, unchanged, ordered);
    }

    /// <summary>A listed figure, labelled as the report that has it prints it (the later one, when both have it).</summary>
    private static ChangedCell Listed(ComparedFigure figure, long? from, long? to) =>
        new(figure.Pointer, figure.Table, figure.Row, figure.Column, figure.Kind, from, to);
}
