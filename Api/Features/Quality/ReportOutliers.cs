using Disclosure.Domain.Quality;
using Disclosure.Domain.Validation;
using Disclosure.Persistence;
using Disclosure.Persistence.Quality;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Features.Quality;

/// <summary>The outliers (O1–O3) of a stored report, from the current reports of its county for its year and the year before.</summary>
public sealed class ReportOutliers(QualityStore store, IOptions<OutlierThresholds> thresholds)
{
    /// <summary>
    /// The outliers of <paramref name="stored"/> when it is the current revision; null for an older one: outliers are
    /// about the report that counts now, compared with the others as they are now, and an older revision counts nowhere.
    /// </summary>
    public async Task<IReadOnlyList<Warning>?> OfAsync(StoredRevision stored, CancellationToken cancellationToken)
    {
        var county = await store.ReadCountyAsync(stored.TownshipCode[..6], stored.Year, cancellationToken);
        var current = county.Current.FirstOrDefault(c => c.Report.TownshipCode == stored.TownshipCode);
        if (current is null || current.Revision != stored.Revision)
            return null;
        var previous = county.PreviousYear.FirstOrDefault(r => r.TownshipCode == stored.TownshipCode);
        return OutlierRules.Of(stored.Report, previous, county.Current.Select(c => c.Report), thresholds.Value);
    }
}
