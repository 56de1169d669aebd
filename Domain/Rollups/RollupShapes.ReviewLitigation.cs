using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

public static partial class RollupShapes
{
    /// <summary>The member of each row of table 四, and of the table, that is its correction rate.</summary>
    public const string CorrectionRate = "correctionRate";

    /// <summary>
    /// Table 四 summed (the same in both formats), each row with its correction rate 纠正 / (维持 + 纠正 + 其他) as one
    /// more member (<c>review/correctionRate</c>; 尚未审结 is left out because nothing has been decided), then
    /// <c>correctionRate</c> of the table: 纠正 and the decided cases each summed over 复议, 直接起诉 and 复议后起诉
    /// before dividing, so a row with many cases weighs more than one with few.
    /// </summary>
    public static RollupShape ReviewLitigation { get; } = new(
    [
        .. ReviewLitigationTable.Table.Rows.SelectMany(row => (IEnumerable<RollupFigure>)
        [
            .. ReviewLitigationTable.Table.Columns.Select(column =>
                RollupFigure.Count(ReviewLitigationTable.Section, row.Path, column.Name, SumOf(ReviewLitigationTable.Section, row.Path, column.Name))),
            RollupFigure.Rate(ReviewLitigationTable.Section, row.Path, CorrectionRate, CorrectedIn([row]), DecidedIn([row])),
        ]),
        RollupFigure.Rate(ReviewLitigationTable.Section, "", CorrectionRate, CorrectedIn(ReviewLitigationTable.Table.Rows), DecidedIn(ReviewLitigationTable.Table.Rows)),
    ]);

    private static CellSum CorrectedIn(IEnumerable<TableRow> rows) =>
        new(rows.Select(row => Pointer(ReviewLitigationTable.Section, row.Path, ReviewLitigationTable.Corrected.Name)));

    private static CellSum DecidedIn(IEnumerable<TableRow> rows) =>
        new(from row in rows from column in ReviewLitigationTable.DecidedColumns select Pointer(ReviewLitigationTable.Section, row.Path, column.Name));
}
