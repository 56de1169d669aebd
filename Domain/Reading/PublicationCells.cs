using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Reading;

/// <summary>Computes the derived publications cells (<see cref="PublicationTables"/>) of a report from its publications.</summary>
public static class PublicationCells
{
    /// <summary>
    /// Sets every derived cell of <paramref name="format"/> in <paramref name="values"/>: the policy interpretations
    /// (0 when not stated), the items per key domain (every <c>other</c> entry added up), and 1 or 0 for whether
    /// the report has a publications block at all.
    /// </summary>
    public static void Fill(ReportFormat format, long[] values, Publications? publications)
    {
        foreach (var cell in format.Cells.Where(c => c.Derived && c.Section == PublicationTables.Section))
            values[cell.Index] = ValueOf(cell, publications);
    }

    private static long ValueOf(Cell cell, Publications? publications) => (cell.Row, cell.Column) switch
    {
        (PublicationTables.Reported, PublicationTables.Reports) => publications is null ? 0 : 1,
        (PublicationTables.PolicyInterpretations, PublicationTables.Count) => publications?.PolicyInterpretations ?? 0,
        (PublicationTables.KeyDomainsRow, var domain) => (publications?.KeyDomains ?? [])
            .Where(item => item.Domain == domain)
            .Aggregate(0L, (sum, item) => checked(sum + item.Items)),
        _ => throw new InvalidOperationException($"No rule computes the derived cell {cell.Pointer}."),
    };
}
