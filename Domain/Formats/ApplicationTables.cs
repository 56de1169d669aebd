namespace Disclosure.Domain.Formats;

/// <summary>Table 三 (收到和处理政府信息公开申请情况); the formats differ only in row （六）.</summary>
public static class ApplicationTables
{
    public const string Section = "applications";
    public const string NewlyReceived = "newlyReceived";
    public const string CarriedOver = "carriedOver";
    /// <summary>The outcome rows' parent: （一）…（六） and （七）总计 are under it.</summary>
    public const string Results = "results";
    public const string Disclosed = Results + "/disclosed";
    public const string PartiallyDisclosed = Results + "/partiallyDisclosed";
    public const string ResultsTotal = Results + "/total";
    public const string CarriedForward = "carriedForward";
    public const string Total = "total";

    /// <summary>Row （六）其他处理: one row in 2019; in 2021 three sub-rows, or one row as some real reports print it.</summary>
    public const string OtherHandling = "results/otherHandling";

    /// <summary>The derived column that is 1 for a 2021 report printing （六） as one row.</summary>
    public const string UndividedReports = "undividedReports";

    private static readonly TableRow OtherHandlingRow = new(OtherHandling, new("（六）其他处理", "Other handling"));

    /// <summary>自然人 and the five 法人或其他组织 columns: the applicant columns that 总计 adds up.</summary>
    public static IReadOnlyList<TableColumn> ApplicantColumns { get; } =
    [
        new("naturalPerson", new("自然人", "Natural person")),
        new("commercialEnterprise", new("商业企业", "Commercial enterprise")),
        new("researchInstitution", new("科研机构", "Research institution")),
        new("socialWelfareOrganization", new("社会公益组织", "Social welfare organization")),
        new("legalServiceInstitution", new("法律服务机构", "Legal service institution")),
        new("otherOrganization", new("其他", "Other organization")),
    ];

    public static TableColumn TotalColumn { get; } = new(Total, new("总计", "Total"), Optional: true);

    public static Table Format2019 { get; } = Build([OtherHandlingRow]);

    public static Table Format2021 { get; } = Build(
    [
        new("results/otherHandling/overdueCorrection",
            new("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "Other handling: applicant did not complete the application in time")),
        new("results/otherHandling/overdueFee",
            new("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "Other handling: applicant did not pay the fee in time")),
        new("results/otherHandling/other", new("（六）其他处理 3.其他", "Other handling: other")),
    ]);

    /// <summary>The 2021 table as printed by a report whose （六）其他处理 is one row: its split is unknown, never invented.</summary>
    public static Table Format2021Undivided { get; } = Build([OtherHandlingRow]);

    /// <summary>
    /// The cells the 2021 format keeps for （六） printed as one row, and the marker of such a report. They come after
    /// every other cell of the format, so that the reports stored before them keep their cells in place.
    /// </summary>
    public static IReadOnlyList<Table> Format2021UndividedCells { get; } =
    [
        new(Section, new("（六）其他处理（未分项）", "Other handling, not divided"), [OtherHandlingRow], [.. ApplicantColumns, TotalColumn]),
        new(Section, new("（六）其他处理未分项的报告", "Reports printing other handling as one row"), [OtherHandlingRow],
            [new(UndividedReports, new("报告数", "Reports"))], Derived: true),
    ];

    /// <summary>The leaf outcome rows （一）…（六） of <paramref name="tables"/> that （七）总计 adds up.</summary>
    public static IEnumerable<TableRow> OutcomeRows(IEnumerable<Table> tables) =>
        tables.Where(t => !t.Derived).SelectMany(t => t.Rows)
            .Where(r => r.Path.StartsWith("results/", StringComparison.Ordinal) && r.Path != ResultsTotal);

    private static Table Build(IReadOnlyList<TableRow> otherHandlingRows)
    {
        List<TableRow> rows =
        [
            new(NewlyReceived, new("一、本年新收政府信息公开申请数量", "Newly received applications")),
            new(CarriedOver, new("二、上年结转政府信息公开申请数量", "Carried over from previous year")),
            new(Disclosed, new("（一）予以公开", "Disclosed")),
            new(PartiallyDisclosed, new("（二）部分公开", "Partially disclosed")),
            Withheld("stateSecret", "1.属于国家秘密", "state secret"),
            Withheld("prohibitedByLaw", "2.其他法律行政法规禁止公开", "prohibited by other laws"),
            Withheld("endangersSafetyOrStability", "3.危及“三安全一稳定”", "endangers safety or stability"),
            Withheld("thirdPartyRights", "4.保护第三方合法权益", "third-party rights"),
            Withheld("internalAffairs", "5.属于三类内部事务信息", "internal affairs"),
            Withheld("processInformation", "6.属于四类过程性信息", "process information"),
            Withheld("enforcementCaseFile", "7.属于行政执法案卷", "enforcement case file"),
            Withheld("administrativeQuery", "8.属于行政查询事项", "administrative query"),
            Unable("notHeld", "1.本机关不掌握相关政府信息", "not held"),
            Unable("needsCreation", "2.没有现成信息需要另行制作", "needs creation"),
            Unable("unclearAfterCorrection", "3.补正后申请内容仍不明确", "unclear after correction"),
            NotProcessed("petitionOrComplaint", "1.信访举报投诉类申请", "petition or complaint"),
            NotProcessed("repeatedApplication", "2.重复申请", "repeated application"),
            NotProcessed("publicationRequested", "3.要求提供公开出版物", "publication requested"),
            NotProcessed("massRepeatedApplications", "4.无正当理由大量反复申请", "mass repeated applications"),
            NotProcessed("confirmationOrReissue", "5.要求行政机关确认或重新出具已获取信息", "confirmation or reissue"),
            .. otherHandlingRows,
            new(ResultsTotal, new("（七）总计", "Total results"), Optional: true),
            new(CarriedForward, new("四、结转下年度继续办理", "Carried forward to next year")),
        ];
        return new Table(Section, new("收到和处理政府信息公开申请情况", "Disclosure applications"),
            rows, [.. ApplicantColumns, TotalColumn]);
    }

    private static TableRow Withheld(string name, string zh, string en) =>
        new($"results/withheld/{name}", new($"（三）不予公开 {zh}", $"Withheld: {en}"));

    private static TableRow Unable(string name, string zh, string en) =>
        new($"results/unableToProvide/{name}", new($"（四）无法提供 {zh}", $"Unable to provide: {en}"));

    private static TableRow NotProcessed(string name, string zh, string en) =>
        new($"results/notProcessed/{name}", new($"（五）不予处理 {zh}", $"Not processed: {en}"));
}
