using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

public static partial class RollupShapes
{
    /// <summary>
    /// The publications figures summed over both formats: <c>policyInterpretations/count</c>, <c>keyDomains/{domain}</c>
    /// per key domain (every <c>other</c> entry included), and <c>reported/reports</c>, how many of the group's
    /// reports stated publications at all (a report without them counts 0 everywhere).
    /// </summary>
    public static RollupShape Publications { get; } = new(
    [
        .. Table.CellsOf(PublicationTables.Tables).Select(cell =>
            Figure.Count(PublicationTables.Section, cell.Row, cell.Column, new CellSum([cell.Pointer]))),
    ]);
}
