namespace Disclosure.Domain.Formats;

/// <summary>
/// The identities within one report (A1, A2, A3, R1), generated from the table definitions so that
/// both formats, and any later one, get them from their own rows and columns.
/// </summary>
public static class IdentityRules
{
    /// <summary>一 + 二 = （七）总计 + 四, per column.</summary>
    public const string A1 = "A1";
    /// <summary>（七）总计 = the leaf outcome rows, per column.</summary>
    public const string A2 = "A2";
    /// <summary>总计 = the six applicant columns, per row of table 三.</summary>
    public const string A3 = "A3";
    /// <summary>总计 = 维持 + 纠正 + 其他 + 尚未审结, per group of table 四.</summary>
    public const string R1 = "R1";

    public static IReadOnlyList<string> Ids { get; } = [A1, A2, A3, R1];

    /// <summary>What the expected value of a rule is, in a few words for messages.</summary>
    public static string Describe(string rule) => rule switch
    {
        A1 => "一 + 二 − （七）总计",
        A2 => "the sum of the outcome rows （一）…（六）",
        A3 => "the sum of the six applicant columns",
        R1 => "维持 + 纠正 + 其他 + 尚未审结",
        _ => rule,
    };

    /// <summary>
    /// The rules in the order that derives absent totals: row totals first, then （七）总计 column by
    /// column, then its own total, then the checks that only compare.
    /// </summary>
    public static IReadOnlyList<IdentityRule> Of(IReadOnlyList<Table> applications, Table reviewLitigation, Func<string, Cell> cellAt)
    {
        Cell Application(string row, string column) => cellAt($"/{ApplicationTables.Section}/{row}/{column}");
        var applicants = ApplicationTables.ApplicantColumns.Select(c => c.Name).ToArray();
        string[] allColumns = [.. applicants, ApplicationTables.Total];
        var outcomeRows = ApplicationTables.OutcomeRows(applications).Select(r => r.Path).ToArray();
        var rows = applications.Where(t => !t.Derived).SelectMany(t => t.Rows).ToArray();

        IdentityRule RowTotal(string row) => new(A3, Application(row, ApplicationTables.Total),
            [.. applicants.Select(c => new Term(Application(row, c), +1))]);

        IdentityRule OutcomeTotal(string column) => new(A2, Application(ApplicationTables.ResultsTotal, column),
            [.. outcomeRows.Select(r => new Term(Application(r, column), +1))]);

        IdentityRule CarriedForward(string column) => new(A1, Application(ApplicationTables.CarriedForward, column),
        [
            new Term(Application(ApplicationTables.NewlyReceived, column), +1),
            new Term(Application(ApplicationTables.CarriedOver, column), +1),
            new Term(Application(ApplicationTables.ResultsTotal, column), -1),
        ]);

        IdentityRule GroupTotal(TableRow group) => new(R1, cellAt($"/{reviewLitigation.Section}/{group.Path}/{ReviewLitigationTable.Total}"),
            [.. ReviewLitigationTable.OutcomeColumns.Select(c => new Term(cellAt($"/{reviewLitigation.Section}/{group.Path}/{c.Name}"), +1))]);

        return
        [
            .. rows.Where(r => r.Path != ApplicationTables.ResultsTotal).Select(r => RowTotal(r.Path)),
            .. applicants.Select(OutcomeTotal),
            RowTotal(ApplicationTables.ResultsTotal),
            OutcomeTotal(ApplicationTables.Total),
            .. allColumns.Select(CarriedForward),
            .. reviewLitigation.Rows.Select(GroupTotal),
        ];
    }
}
