using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

public static partial class RollupShapes
{
    /// <summary>
    /// The publications figures summed over both formats: <c>policyInterpretations/count</c>, <c>keyDomains/{domain}</c>
    /// per key domain (every <c>other</c> entry included), and <c>reported/reports</c>, how many of the group's
    /// reports stated publications at all (a report without them counts 0 everywhere).
    /// </summary>
    private static readonly (Cell Cell, CellSum Sum)[] PublicationCells =
        [.. Table.CellsOf(PublicationTables.Tables).Select(cell => (cell, new CellSum([cell.Pointer])))];

    public static IReadOnlyList<TidyValue> Publications(RollupGroup group) =>
        [.. PublicationCells.Select(c => Count(PublicationTables.Section, c.Cell.Row, c.Cell.Column, c.Sum.Of(group)))];
}
