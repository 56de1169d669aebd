namespace Disclosure.Domain.Formats;

/// <summary>Table 二 (主动公开政府信息情况) in each format, block by block as printed.</summary>
public static class ProactiveTables
{
    public const string Section = "proactiveDisclosure";

    /// <summary>The column of the decisions (处理决定数量) in both formats.</summary>
    public const string Decisions = "decisions";

    // 2019, article 20 (1): made, published this year, published in all.
    public static TableColumn NewlyMade { get; } = new("newlyMade", new("本年新制作数量", "Newly made this year"));
    public static TableColumn NewlyPublished { get; } = new("newlyPublished", new("本年新公开数量", "Newly published this year"));
    public static TableColumn TotalPublished { get; } = new("totalPublished", new("对外公开总数量", "Total published"));

    // 2021, article 20 (1): issued, repealed, in force.
    public static TableColumn Issued { get; } = new("issued", new("本年制发件数", "Issued this year"));
    public static TableColumn Repealed { get; } = new("repealed", new("本年废止件数", "Repealed this year"));
    public static TableColumn InForce { get; } = new("inForce", new("现行有效件数", "In force"));

    public static TableColumn PreviousYearItems { get; } = new("previousYearItems", new("上一年项目数量", "Items in previous year"));
    public static TableColumn Change { get; } = new("change", new("本年增/减", "Change this year"), CellKind.Change);
    private static readonly TableColumn Decisions2019 = new(Decisions, new("处理决定数量", "Decisions"));
    private static readonly TableColumn Decisions2021 = new(Decisions, new("本年处理决定数量", "Decisions this year"));

    public static TableRow Regulations { get; } = new("regulations", new("规章", "Regulations"));
    public static TableRow Licensing { get; } = new("licensing", new("行政许可", "Administrative licensing"));
    public static TableRow Penalties { get; } = new("penalties", new("行政处罚", "Administrative penalties"));
    public static TableRow Coercion { get; } = new("coercion", new("行政强制", "Administrative coercion"));
    private static readonly TableRow Fees = new("fees", new("行政事业性收费", "Administrative fees"));

    public static IReadOnlyList<Table> Format2019 { get; } =
    [
        new(Section, new("第二十条第（一）项", "Article 20 (1)"),
            [Regulations, new("normativeDocuments", new("规范性文件", "Normative documents"))],
            [NewlyMade, NewlyPublished, TotalPublished]),
        new(Section, new("第二十条第（五）项", "Article 20 (5)"),
            [Licensing, new("otherServices", new("其他对外管理服务事项", "Other external management services"))],
            [PreviousYearItems, Change, Decisions2019]),
        new(Section, new("第二十条第（六）项", "Article 20 (6)"),
            [Penalties, Coercion],
            [PreviousYearItems, Change, Decisions2019]),
        new(Section, new("第二十条第（八）项", "Article 20 (8)"),
            [Fees],
            [PreviousYearItems, Change]),
        new(Section, new("第二十条第（九）项", "Article 20 (9)"),
            [new("procurement", new("政府集中采购", "Centralized government procurement"))],
            [
                new("projects", new("采购项目数量", "Procurement projects")),
                new("amountWan", new("采购总金额（万元）", "Procurement amount (10k yuan)"), CellKind.AmountFen),
            ]),
    ];

    public static IReadOnlyList<Table> Format2021 { get; } =
    [
        new(Section, new("第二十条第（一）项", "Article 20 (1)"),
            [Regulations, new("normativeDocuments", new("行政规范性文件", "Administrative normative documents"))],
            [Issued, Repealed, InForce]),
        new(Section, new("第二十条第（五）项", "Article 20 (5)"),
            [Licensing],
            [Decisions2021]),
        new(Section, new("第二十条第（六）项", "Article 20 (6)"),
            [Penalties, Coercion],
            [Decisions2021]),
        new(Section, new("第二十条第（八）项", "Article 20 (8)"),
            [Fees],
            [new("amountWan", new("本年收费金额（单位：万元）", "Fees collected this year (10k yuan)"), CellKind.AmountFen)]),
    ];
}
