using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Printing;

/// <summary>
/// What the national formats print that the table definitions do not hold: the tables' numbers, the headings that
/// group columns and rows, and the labels printed longer than the definitions keep them. The rest of the wording
/// comes from the definitions' <see cref="Label.Zh"/>, where <c>group item</c> (<c>（三）不予公开 1.属于国家秘密</c>)
/// is a group printed once over its items.
/// </summary>
public static class PrintedWording
{
    /// <summary>The number each table is headed with, by section.</summary>
    public static IReadOnlyDictionary<string, string> Numbers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ProactiveTables.Section] = "二",
        [ApplicationTables.Section] = "三",
        [ReviewLitigationTable.Section] = "四",
    };

    /// <summary>Table 二's title: the definitions hold only its blocks.</summary>
    public const string ProactiveTitle = "主动公开政府信息情况";

    /// <summary>The heading of the label column of each block of table 二.</summary>
    public const string InformationContent = "信息内容";

    /// <summary>The top left cell of table 三, over its row labels.</summary>
    public const string ApplicationsCorner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>Over every column of table 三.</summary>
    public const string Applicants = "申请人情况";

    /// <summary>Over the applicant columns after 自然人.</summary>
    public const string LegalPersons = "法人或其他组织";

    /// <summary>Over the rows of table 三 whose paths start with <see cref="ResultsPath"/>.</summary>
    public const string Results = "三、本年度办理结果";

    public const string ResultsPath = "results/";

    /// <summary>Row （六） of a sum of 2021 reports some of which print it undivided: those reports' figures, never split.</summary>
    public const string UndividedOtherHandling = "（六）其他处理（未分项）";

    /// <summary>Labels the formats print longer than the definitions hold them, by <c>section/row path</c>.</summary>
    public static IReadOnlyDictionary<string, string> RowLabels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [$"{ApplicationTables.Section}/results/partiallyDisclosed"] = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    };

    /// <summary>The printed label of a row: its group, and its item when the group is printed once over several rows.</summary>
    public static (string Group, string? Item) RowLabel(Table table, TableRow row)
    {
        var label = RowLabels.GetValueOrDefault($"{table.Section}/{row.Path}") ?? row.Label.Zh;
        var space = label.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (label, null) : (label[..space], label[(space + 1)..]);
    }
}
