using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

public static partial class RollupShapes
{
    /// <summary>The member of row （六） that says how many of the group's reports its 2021 sub-rows cover.</summary>
    public const string DividedReports = "dividedReports";

    /// <summary>The member of <c>results</c> that is its disclosure rate.</summary>
    public const string DisclosureRate = "disclosureRate";

    /// <summary>
    /// Table 三 summed cell by cell over both formats (same pointers), every row and applicant column with 总计.
    /// （六） reads like the report: <c>results/otherHandling</c> is the 2019 row, into which 2019's single row, 2021's
    /// undivided row and 2021's three sub-rows all roll; the 2021 sub-rows are inside it (summed over the 2021 reports
    /// that divide （六）), with <see cref="DividedReports"/>, how many reports they cover. Beside the results,
    /// <c>results/disclosureRate</c> = (（一）予以公开 + （二）部分公开) / （七）总计, in the 总计 column.
    /// </summary>
    public static RollupShape Applications { get; } = new([.. ApplicationFigures()]);

    private static IEnumerable<RollupFigure> ApplicationFigures()
    {
        const string section = ApplicationTables.Section;
        string[] subRows =
            [.. ApplicationTables.Format2021.Rows.Select(r => r.Path).Where(p => p.StartsWith(ApplicationTables.OtherHandling + "/", StringComparison.Ordinal))];
        foreach (var row in ApplicationTables.Format2019.Rows)
        {
            if (row.Path != ApplicationTables.OtherHandling)
            {
                foreach (var figure in ApplicationRow(row.Path, [row.Path])) yield return figure;
                if (row.Path == ApplicationTables.ResultsTotal)
                    yield return RollupFigure.Rate(section, ApplicationTables.Results, DisclosureRate,
                        new CellSum([
                            Pointer(section, ApplicationTables.Disclosed, ApplicationTables.Total),
                            Pointer(section, ApplicationTables.PartiallyDisclosed, ApplicationTables.Total)]),
                        SumOf(section, ApplicationTables.ResultsTotal, ApplicationTables.Total));
                continue;
            }
            foreach (var figure in ApplicationRow(row.Path, [row.Path, .. subRows])) yield return figure;
            foreach (var subRow in subRows)
                foreach (var figure in ApplicationRow(subRow, [subRow])) yield return figure;
            yield return RollupFigure.ReportsOf(section, row.Path, DividedReports, ReportFormats.Format2021,
                less: new CellSum([Pointer(section, row.Path, ApplicationTables.UndividedReports)], ReportFormats.Format2021));
        }
    }

    /// <summary>An output row of table 三, each applicant column and 总计 summed over the rows <paramref name="sources"/>.</summary>
    private static IEnumerable<RollupFigure> ApplicationRow(string row, string[] sources) =>
        from column in ApplicationTables.ApplicantColumns.Select(c => c.Name).Append(ApplicationTables.Total)
        select RollupFigure.Count(ApplicationTables.Section, row, column,
            new CellSum(sources.Select(source => Pointer(ApplicationTables.Section, source, column))));
}
