namespace Disclosure.Domain.Formats;

/// <summary>Table 四 (政府信息公开行政复议、行政诉讼情况), the same in both formats.</summary>
public static class ReviewLitigationTable
{
    public const string Section = "reviewLitigation";
    public const string Total = "total";

    public static TableColumn Upheld { get; } = new("upheld", new("结果维持", "Upheld"));
    public static TableColumn Corrected { get; } = new("corrected", new("结果纠正", "Corrected"));
    public static TableColumn Other { get; } = new("other", new("其他结果", "Other outcome"));
    public static TableColumn Pending { get; } = new("pending", new("尚未审结", "Pending"));

    /// <summary>结果维持, 结果纠正, 其他结果: the outcomes of the cases decided.</summary>
    public static IReadOnlyList<TableColumn> DecidedColumns { get; } = [Upheld, Corrected, Other];

    /// <summary>结果维持, 结果纠正, 其他结果, 尚未审结: the columns that 总计 adds up.</summary>
    public static IReadOnlyList<TableColumn> OutcomeColumns { get; } = [.. DecidedColumns, Pending];

    public static Table Table { get; } = new(Section, new("政府信息公开行政复议、行政诉讼情况", "Administrative review and litigation"),
        [
            new("review", new("行政复议", "Administrative review")),
            new("litigationDirect", new("行政诉讼 未经复议直接起诉", "Litigation without prior review")),
            new("litigationAfterReview", new("行政诉讼 复议后起诉", "Litigation after review")),
        ],
        [.. OutcomeColumns, new(Total, new("总计", "Total"), Optional: true)]);
}
