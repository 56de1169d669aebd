using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Importing;

/// <summary>
/// The rows the importer looks for in tables 二 and 三, taken from every format's table definitions: a row's item is
/// the last part of its label after the numbering (<c>（三）不予公开 1.属于国家秘密</c> → <c>属于国家秘密</c>).
/// </summary>
internal static class LabelCatalogue
{
    public const string Proactive = "二";
    public const string Applications = "三";
    public const string ReviewLitigation = "四";

    /// <summary>The 2021 （六） sub-row <c>3.其他</c>, the one item that is not unique: read only within its group.</summary>
    public const string OtherHandlingOther = "results/otherHandling/other";
    public const string OtherHandlingOverdueFee = "results/otherHandling/overdueFee";
    public const string OtherHandlingGroupKey = "其他处理";

    /// <summary>Labels of groups and headers, which are never items, so are never matched as typos of one.</summary>
    public static IReadOnlySet<string> GroupKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "本年度办理结果", "不予公开", "无法提供", "不予处理", "申请人情况", "法人或其他组织", "信息内容",
    };

    public static IReadOnlyList<RowItem> ProactiveItems { get; } = Build(ProactiveTables.Format2019.Concat(ProactiveTables.Format2021));

    public static IReadOnlyList<RowItem> ApplicationItems { get; } = Build(
        [ApplicationTables.Format2019, ApplicationTables.Format2021, ApplicationTables.Format2021Undivided]);

    /// <summary>The item text of a format label: its last part after a numbering marker, normalised.</summary>
    public static string ItemOf(string label)
    {
        var normalised = PrintedForms.Normalise(label);
        var markers = PrintedForms.Numbering().Matches(normalised);
        return markers.Count == 0 ? normalised : normalised[(markers[^1].Index + markers[^1].Length)..];
    }

    private static List<RowItem> Build(IEnumerable<Table> tables)
    {
        var items = new List<RowItem>();
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            var item = ItemOf(row.Label.Zh);
            if (!items.Any(i => i.Path == row.Path && i.Item == item))
                items.Add(new RowItem(row.Path, item, PrintedForms.Key(item)));
        }
        return items;
    }
}
