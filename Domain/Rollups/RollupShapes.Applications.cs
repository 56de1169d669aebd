using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

public static partial class RollupShapes
{
    private const string OtherHandling = "results/otherHandling";

    /// <summary>Row （六） as rolled up: 2019's single row and 2021's three sub-rows together.</summary>
    public const string OtherHandlingTotal = "results/otherHandling/total";

    /// <summary>
    /// Table 三 summed cell by cell over both formats (same pointers), every row and applicant column with 总计;
    /// （六） is one row in 2019 and three in 2021: both roll into <see cref="OtherHandlingTotal"/>, and the 2021
    /// sub-rows are kept as well (summed over the 2021 reports only). Then <c>rates/disclosureRate</c> =
    /// (（一）予以公开 + （二）部分公开) / （七）总计, in the 总计 column.
    /// </summary>
    public static RollupShape Applications { get; } = new(
    [
        .. from row in ApplicationRows()
           from column in ApplicationTables.ApplicantColumns.Select(c => c.Name).Append(ApplicationTables.Total)
           select Figure.Count(ApplicationTables.Section, row.Row, column,
               new CellSum(row.From.Select(source => Pointer(ApplicationTables.Section, source, column)))),
        Rate("disclosureRate",
            new CellSum([
                Pointer(ApplicationTables.Section, "results/disclosed", ApplicationTables.Total),
                Pointer(ApplicationTables.Section, "results/partiallyDisclosed", ApplicationTables.Total)]),
            SumOf(ApplicationTables.Section, ApplicationTables.ResultsTotal, ApplicationTables.Total)),
    ]);

    /// <summary>Each output row of table 三 and the rows of the formats that add up to it.</summary>
    private static List<(string Row, string[] From)> ApplicationRows()
    {
        string[] otherHandling2021 =
            [.. ApplicationTables.Format2021.Rows.Select(r => r.Path).Where(p => p.StartsWith(OtherHandling + "/", StringComparison.Ordinal))];
        var rows = new List<(string Row, string[] From)>();
        foreach (var row in ApplicationTables.Format2019.Rows)
        {
            if (row.Path != OtherHandling)
            {
                rows.Add((row.Path, [row.Path]));
                continue;
            }
            rows.Add((OtherHandlingTotal, [OtherHandling, .. otherHandling2021]));
            rows.AddRange(otherHandling2021.Select(subRow => (subRow, new[] { subRow })));
        }
        return rows;
    }
}
