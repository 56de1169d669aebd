using Disclosure.Domain.Reports;

namespace Disclosure.Persistence.Quality;

/// <summary>
/// What the outlier rules compare one report with: its township's current report for the year before (or null) and the
/// current reports of its county for its year, itself among them.
/// </summary>
public sealed record OutlierBasis(Report? PreviousYear, IReadOnlyList<Report> County)
{
    /// <summary>The same basis with <paramref name="stored"/> as its township's report for the year, in place of the one read.</summary>
    public OutlierBasis With(Report stored) =>
        this with { County = [.. County.Where(r => r.TownshipCode != stored.TownshipCode), stored] };
}
