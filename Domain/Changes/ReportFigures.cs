using Disclosure.Domain.Formats;
using Disclosure.Domain.Printing;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Changes;

/// <summary>
/// The figures of one report that can be compared: every cell its layout prints in tables 二, 三 and 四, labelled as
/// the national format prints it, then the publications figures the report states. A figure the report does not
/// state (no policy interpretations given, a key domain not listed) is not one of them, rather than a 0.
/// </summary>
internal static class ReportFigures
{
    public static IReadOnlyList<ComparedFigure> Of(Report report)
    {
        var figures = new List<ComparedFigure>();
        foreach (var table in report.Layout.Tables)
        {
            var number = PrintedWording.Numbers[table.Section];
            foreach (var row in table.Rows)
            {
                var (group, item) = PrintedWording.RowLabel(table, row);
                var rowLabel = item is null ? group : $"{group} {item}";
                foreach (var column in table.Columns)
                {
                    var cell = report.Format.Cell($"/{table.Section}/{row.Path}/{column.Name}");
                    figures.Add(new ComparedFigure(cell.Pointer, number, rowLabel, column.Label.Zh, cell.Kind, report[cell]));
                }
            }
        }

        foreach (var table in PublicationTables.Tables)
        foreach (var row in table.Rows)
        foreach (var column in table.Columns)
        {
            if (!States(report.Publications, row.Path, column.Name))
                continue;
            var cell = report.Format.Cell($"/{table.Section}/{row.Path}/{column.Name}");
            figures.Add(new ComparedFigure(cell.Pointer, PublicationTables.Section, row.Label.Zh, column.Label.Zh, cell.Kind, report[cell]));
        }
        return figures;
    }

    /// <summary>Whether the report states this publications figure. Whether it has a publications block at all is not a figure.</summary>
    private static bool States(Publications? publications, string row, string column) => (row, column) switch
    {
        (PublicationTables.PolicyInterpretations, _) => publications?.PolicyInterpretations is not null,
        (PublicationTables.KeyDomainsRow, var domain) => publications?.KeyDomains.Any(k => k.Domain == domain) ?? false,
        _ => false,
    };
}
