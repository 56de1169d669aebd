namespace Disclosure.Domain.Formats;

public static class YearOverYearRules
{
    public static IReadOnlyList<YearOverYearRule> All { get; } =
    [
        .. ProactiveRows(ProactiveTables.Format2019, ProactiveTables.PreviousYearItems).Select(row =>
            new YearOverYearRule("X1", ReportFormats.Format2019.Id, Proactive(row, ProactiveTables.PreviousYearItems),
            [
                new(Proactive(row, ProactiveTables.PreviousYearItems), +1, PreviousYear: true),
                new(Proactive(row, ProactiveTables.Change), +1, PreviousYear: true),
            ])),
        .. ProactiveRows(ProactiveTables.Format2021, ProactiveTables.InForce).Select(row =>
            new YearOverYearRule("X2", ReportFormats.Format2021.Id, Proactive(row, ProactiveTables.InForce),
            [
                new(Proactive(row, ProactiveTables.InForce), +1, PreviousYear: true),
                new(Proactive(row, ProactiveTables.Issued), +1, PreviousYear: false),
                new(Proactive(row, ProactiveTables.Repealed), -1, PreviousYear: false),
            ])),
        .. ApplicationTables.ApplicantColumns.Select(column =>
            new YearOverYearRule("X3", null, Application(ApplicationTables.CarriedOver, column),
            [
                new(Application(ApplicationTables.CarriedForward, column), +1, PreviousYear: true),
            ])),
        .. ProactiveRows(ProactiveTables.Format2019, ProactiveTables.TotalPublished).Select(row =>
            new YearOverYearRule("X4", ReportFormats.Format2019.Id, Proactive(row, ProactiveTables.TotalPublished),
            [
                new(Proactive(row, ProactiveTables.TotalPublished), +1, PreviousYear: true),
                new(Proactive(row, ProactiveTables.NewlyPublished), +1, PreviousYear: false),
            ])),
    ];

    /// <summary>The rows of the blocks of table 二 that have <paramref name="column"/>, in the printed order.</summary>
    private static IEnumerable<TableRow> ProactiveRows(IEnumerable<Table> tables, TableColumn column) =>
        tables.Where(t => t.Columns.Contains(column)).SelectMany(t => t.Rows);

    private static string Proactive(TableRow row, TableColumn column) => $"/{ProactiveTables.Section}/{row.Path}/{column.Name}";

    private static string Application(string row, TableColumn column) => $"/{ApplicationTables.Section}/{row}/{column.Name}";
}
