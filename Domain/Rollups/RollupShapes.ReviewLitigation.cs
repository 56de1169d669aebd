using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

public static partial class RollupShapes
{
    /// <summary>
    /// Table 四 summed (the same in both formats), then the correction rates 纠正 / (维持 + 纠正 + 其他):
    /// <c>rates/correctionRate</c> over the three groups together (纠正 and the decided cases each summed over
    /// 复议, 直接起诉 and 复议后起诉 before dividing, so a group with many cases weighs more than one with few;
    /// 尚未审结 is left out because nothing has been decided), and one rate per group, e.g.
    /// <c>rates/reviewCorrectionRate</c>.
    /// </summary>
    public static IReadOnlyList<TidyValue> ReviewLitigation(RollupGroup group)
    {
        const string section = ReviewLitigationTable.Section;
        var table = ReviewLitigationTable.Table;
        var values = new List<TidyValue>();
        foreach (var row in table.Rows)
        foreach (var column in table.Columns)
            values.Add(Count(section, row.Path, column.Name, Sum(group, Pointer(section, row.Path, column.Name))));

        long corrected = 0, decided = 0;
        var perGroup = new List<TidyValue>();
        foreach (var row in table.Rows)
        {
            var rowCorrected = Sum(group, Pointer(section, row.Path, "corrected"));
            var rowDecided = checked(Sum(group, Pointer(section, row.Path, "upheld")) + rowCorrected + Sum(group, Pointer(section, row.Path, "other")));
            perGroup.Add(Rate($"{row.Path}CorrectionRate", rowCorrected, rowDecided));
            corrected = checked(corrected + rowCorrected);
            decided = checked(decided + rowDecided);
        }
        values.Add(Rate("correctionRate", corrected, decided));
        values.AddRange(perGroup);
        return values;
    }
}
