namespace Disclosure.Domain.Formats;

/// <summary>
/// The national formats. A new format is a new set of tables here, not new code elsewhere. Both end with the
/// derived publications cells, which are not members of the JSON.
/// </summary>
public static class ReportFormats
{
    /// <summary>国办公开办函〔2019〕60号: the 2019 and 2020 reports.</summary>
    public static ReportFormat Format2019 { get; } = Build("2019",
        [.. ProactiveTables.Format2019, ApplicationTables.Format2019, ReviewLitigationTable.Table, .. PublicationTables.Tables],
        firstYear: null, lastYear: 2020,
        regulationColumns: ["newlyMade", "newlyPublished", "totalPublished"]);

    /// <summary>国办公开办函〔2021〕30号: the 2021 report on.</summary>
    public static ReportFormat Format2021 { get; } = Build("2021",
        [.. ProactiveTables.Format2021, ApplicationTables.Format2021, ReviewLitigationTable.Table, .. PublicationTables.Tables],
        firstYear: 2021, lastYear: null,
        regulationColumns: ["issued", "inForce"]);

    public static IReadOnlyList<ReportFormat> All { get; } = [Format2019, Format2021];

    public static ReportFormat? Find(string id) => All.FirstOrDefault(f => f.Id == id);

    private static ReportFormat Build(string id, IReadOnlyList<Table> tables, int? firstYear, int? lastYear, string[] regulationColumns)
    {
        var cells = Table.CellsOf(tables);
        var byPointer = cells.ToDictionary(c => c.Pointer, StringComparer.Ordinal);
        var applications = tables.Single(t => t.Section == ApplicationTables.Section);
        var identities = IdentityRules.Of(applications, ReviewLitigationTable.Table, pointer => byPointer[pointer]);
        return new ReportFormat(id, cells, identities)
        {
            Tables = tables,
            FirstYear = firstYear,
            LastYear = lastYear,
            RegulationCells = [.. regulationColumns.Select(c => byPointer[$"/{ProactiveTables.Section}/regulations/{c}"])],
        };
    }
}
