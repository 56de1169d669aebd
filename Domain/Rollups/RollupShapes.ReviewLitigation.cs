using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

public static partial class RollupShapes
{
    private static readonly string[] DecidedColumns = ["upheld", "corrected", "other"];

    /// <summary>
    /// Table 四 summed (the same in both formats), then the correction rates 纠正 / (维持 + 纠正 + 其他):
    /// <c>rates/correctionRate</c> over the three groups together (纠正 and the decided cases each summed over
    /// 复议, 直接起诉 and 复议后起诉 before dividing, so a group with many cases weighs more than one with few;
    /// 尚未审结 is left out because nothing has been decided), and one rate per group, e.g.
    /// <c>rates/reviewCorrectionRate</c>.
    /// </summary>
    public static RollupShape ReviewLitigation { get; } = new(
    [
        .. from row in ReviewLitigationTable.Table.Rows
           from column in ReviewLitigationTable.Table.Columns
           select Figure.Count(ReviewLitigationTable.Section, row.Path, column.Name, SumOf(ReviewLitigationTable.Section, row.Path, column.Name)),
        Rate("correctionRate", CorrectedIn(ReviewLitigationTable.Table.Rows), DecidedIn(ReviewLitigationTable.Table.Rows)),
        .. ReviewLitigationTable.Table.Rows.Select(row => Rate($"{row.Path}CorrectionRate", CorrectedIn([row]), DecidedIn([row]))),
    ]);

    private static CellSum CorrectedIn(IEnumerable<TableRow> rows) =>
        new(rows.Select(row => Pointer(ReviewLitigationTable.Section, row.Path, "corrected")));

    private static CellSum DecidedIn(IEnumerable<TableRow> rows) =>
        new(from row in rows from column in DecidedColumns select Pointer(ReviewLitigationTable.Section, row.Path, column));
}
