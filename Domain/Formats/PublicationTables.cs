namespace Disclosure.Domain.Formats;

/// <summary>
/// The figures a report states in its narrative (the <c>publications</c> member), as derived cells at the end
/// of each format, so that rollups sum them like the tables: not members of the JSON, computed by the reader
/// (see <see cref="Reading.PublicationCells"/>).
/// </summary>
public static class PublicationTables
{
    public const string Section = "publications";

    /// <summary>Row of the number of policy interpretations (政策解读) published; its one column is <see cref="Count"/>.</summary>
    public const string PolicyInterpretations = "policyInterpretations";
    public const string Count = "count";

    /// <summary>Row of the items published per key domain: one column per <see cref="KeyDomains"/> id.</summary>
    public const string KeyDomainsRow = "keyDomains";

    /// <summary>Row saying whether the report has a publications block: its one column <see cref="Reports"/> is 1 or 0.</summary>
    public const string Reported = "reported";
    public const string Reports = "reports";

    public static IReadOnlyList<Table> Tables { get; } =
    [
        new(Section, new("政策解读", "Policy interpretations"),
            [new(PolicyInterpretations, new("政策解读和回应关切", "Policy interpretations and responses"))],
            [new(Count, new("数量", "Count"))],
            Derived: true),
        new(Section, new("重点领域信息公开", "Key domains"),
            [new(KeyDomainsRow, new("重点领域信息公开条数", "Items published in key domains"))],
            [.. KeyDomains.All.Select(d => new TableColumn(d.Id, new(d.LabelZh, d.LabelEn)))],
            Derived: true),
        new(Section, new("填报公开数字", "Publications stated"),
            [new(Reported, new("填报了公开数字的报告", "Reports stating publications"))],
            [new(Reports, new("报告数", "Reports"))],
            Derived: true),
    ];
}
