using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

public static partial class RollupShapes
{
    /// <summary>An entry of <c>keyDomains</c>, as in the report: <c>{ "domain": "education", "items": 3 }</c>.</summary>
    public static ListEntry KeyDomainEntry { get; } = new("domain", "items");

    /// <summary>
    /// The publications figures summed over both formats, in the report's names: <c>reports</c>, how many of the group's
    /// reports stated publications at all (a report without them counts 0 everywhere); <c>policyInterpretations</c>, a
    /// number as in the report; <c>keyDomains</c>, a list as in the report with one entry per key domain in the
    /// contract's order, its items summed (every <c>other</c> entry included; labels, a report's own words, are not summed).
    /// </summary>
    public static RollupShape Publications { get; } = new(
    [
        RollupFigure.Count(PublicationTables.Section, "", Reports,
            SumOf(PublicationTables.Section, PublicationTables.Reported, PublicationTables.Reports)),
        RollupFigure.Count(PublicationTables.Section, "", PublicationTables.PolicyInterpretations,
            SumOf(PublicationTables.Section, PublicationTables.PolicyInterpretations, PublicationTables.Count)),
        .. KeyDomains.All.Select(domain => RollupFigure.Count(PublicationTables.Section, PublicationTables.KeyDomainsRow, domain.Id,
            SumOf(PublicationTables.Section, PublicationTables.KeyDomainsRow, domain.Id)).AsEntry(KeyDomainEntry)),
    ]);
}
