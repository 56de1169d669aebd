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
    private static readonly (string Row, string Column, CellSum Sum)[] ReviewLitigationCells =
    [
        .. from row in ReviewLitigationTable.Table.Rows
           from column in ReviewLitigationTable.Table.Columns
           select (row.Path, column.Name, SumOf(ReviewLitigationTable.Section, row.Path, column.Name)),
    ];

    /// <summary>Per group of table 四: 纠正, and the decided cases 维持 + 纠正 + 其他.</summary>
    private static readonly (string Row, CellSum Corrected, CellSum Decided)[] CorrectionRates =
    [
        .. ReviewLitigationTable.Table.Rows.Select(row => (
            row.Path,
            SumOf(ReviewLitigationTable.Section, row.Path, "corrected"),
            new CellSum(new[] { "upheld", "corrected", "other" }.Select(c => Pointer(ReviewLitigationTable.Section, row.Path, c))))),
    ];

    public static IReadOnlyList<TidyValue> ReviewLitigation(RollupGroup group)
    {
        var values = new List<TidyValue>(ReviewLitigationCells.Length + 1 + CorrectionRates.Length);
        foreach (var (row, column, sum) in ReviewLitigationCells)
            values.Add(Count(ReviewLitigationTable.Section, row, column, sum.Of(group)));

        long corrected = 0, decided = 0;
        var perGroup = new List<TidyValue>(CorrectionRates.Length);
        foreach (var (row, rowCorrectedSum, rowDecidedSum) in CorrectionRates)
        {
            var rowCorrected = rowCorrectedSum.Of(group);
            var rowDecided = rowDecidedSum.Of(group);
            perGroup.Add(Rate($"{row}CorrectionRate", rowCorrected, rowDecided));
            corrected = checked(corrected + rowCorrected);
            decided = checked(decided + rowDecided);
        }
        values.Add(Rate("correctionRate", corrected, decided));
        values.AddRange(perGroup);
        return values;
    }
}
