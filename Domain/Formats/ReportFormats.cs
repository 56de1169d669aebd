namespace Disclosure.Domain.Formats;

/// <summary>
/// The national formats. A new format is a new set of tables here, not new code elsewhere. Both end with the
/// derived publications cells, which are not members of the JSON; the 2021 format then keeps the cells of its
/// second layout (（六） printed as one row).
/// </summary>
public static class ReportFormats
{
    /// <summary>The id of the 2021 layout that prints （六）其他处理 as one row.</summary>
    public const string UndividedOtherLayout = "2021-undivided-other";

    /// <summary>国办公开办函〔2019〕60号: the 2019 and 2020 reports.</summary>
    public static ReportFormat Format2019 { get; } = Build("2019",
        [.. ProactiveTables.Format2019, ApplicationTables.Format2019, ReviewLitigationTable.Table],
        extraCells: [],
        secondLayout: null,
        firstYear: null, lastYear: 2020,
        regulationColumns: ["newlyMade", "newlyPublished", "totalPublished"]);

    /// <summary>国办公开办函〔2021〕30号: the 2021 report on.</summary>
    public static ReportFormat Format2021 { get; } = Build("2021",
        [.. ProactiveTables.Format2021, ApplicationTables.Format2021, ReviewLitigationTable.Table],
        extraCells: ApplicationTables.Format2021UndividedCells,
        secondLayout: (UndividedOtherLayout, [.. ProactiveTables.Format2021, ApplicationTables.Format2021Undivided, ReviewLitigationTable.Table]),
        firstYear: 2021, lastYear: null,
        regulationColumns: ["issued", "inForce"]);

    public static IReadOnlyList<ReportFormat> All { get; } = [Format2019, Format2021];

    public static ReportFormat? Find(string id) => All.FirstOrDefault(f => f.Id == id);

    private static ReportFormat Build(
        string id, IReadOnlyList<Table> printed, IReadOnlyList<Table> extraCells, (string Id, IReadOnlyList<Table> Tables)? secondLayout,
        int? firstYear, int? lastYear, string[] regulationColumns)
    {
        IReadOnlyList<Table> tables = [.. printed, .. PublicationTables.Tables, .. extraCells];
        var cells = Table.CellsOf(tables);
        var byPointer = cells.ToDictionary(c => c.Pointer, StringComparer.Ordinal);
        Cell CellAt(string pointer) => byPointer[pointer];
        var applications = tables.Where(t => t.Section == ApplicationTables.Section).ToArray();
        var identities = IdentityRules.Of(applications, ReviewLitigationTable.Table, CellAt);

        List<ReportLayout> layouts = [new(id, printed, CellAt, marker: null, dividedAt: null)];
        if (secondLayout is { } second)
        {
            var marker = CellAt($"/{ApplicationTables.Section}/{ApplicationTables.OtherHandling}/{ApplicationTables.UndividedReports}");
            layouts.Add(new ReportLayout(second.Id, second.Tables, CellAt, marker, $"/{ApplicationTables.Section}/{ApplicationTables.OtherHandling}"));
        }

        return new ReportFormat(id, cells, identities)
        {
            Tables = tables,
            Layouts = layouts,
            FirstYear = firstYear,
            LastYear = lastYear,
            RegulationCells = [.. regulationColumns.Select(c => byPointer[$"/{ProactiveTables.Section}/regulations/{c}"])],
        };
    }
}
