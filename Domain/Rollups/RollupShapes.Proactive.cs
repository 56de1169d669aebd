using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

public static partial class RollupShapes
{
    /// <summary>The rows of table 二 whose decisions (处理决定数量) both formats report.</summary>
    private static readonly string[] ComparableRows = ["licensing", "penalties", "coercion"];

    public const string Comparable = "comparable";

    /// <summary>
    /// Table 二 summed per format, because the two formats' fields are not the same measures: section
    /// <c>format2019</c> and <c>format2021</c>, each first with row <c>reports</c> column <c>count</c> (the
    /// reports of that format in the group), then its cells; amounts exact. Then section <c>comparable</c>: the
    /// decisions of 行政许可, 行政处罚, 行政强制 of both formats added up.
    /// </summary>
    public static IReadOnlyList<TidyValue> Proactive(RollupGroup group)
    {
        var values = new List<TidyValue>();
        foreach (var format in ReportFormats.All)
        {
            var section = $"format{format.Id}";
            values.Add(Count(section, "reports", "count", group.ByFormat.GetValueOrDefault(format.Id)?.Reports ?? 0));
            foreach (var cell in format.Cells.Where(c => c.Section == ProactiveTables.Section))
            {
                var sum = Sum(group, format, cell.Pointer);
                RollupValue value = cell.Kind == CellKind.AmountFen ? new RollupValue.Amount(sum) : new RollupValue.Count(sum);
                values.Add(new TidyValue(section, cell.Row, cell.Column, value));
            }
        }

        foreach (var row in ComparableRows)
            values.Add(Count(Comparable, row, "decisions", Sum(group, Pointer(ProactiveTables.Section, row, "decisions"))));
        return values;
    }
}
