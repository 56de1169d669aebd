using Disclosure.Domain.Quality;
using Disclosure.Domain.Reports;
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
        var basis = await store.ReadOutlierBasisAsync(stored.TownshipCode, stored.Year, stored.Revision, cancellationToken);
        return basis is null ? null : Of(stored.Report, basis);
    }

    /// <summary>
    /// The outliers of <paramref name="report"/>, just stored as its township's current report, against what
    /// <see cref="QualityStore.ReadBasisBeforeStoringAsync"/> read before the write: a county report stored meanwhile
    /// shows in the report's next read, as one stored after any read does.
    /// </summary>
    public IReadOnlyList<Warning> OfJustStored(Report report, OutlierBasis before) =>
        Of(report, before.With(report));

    private IReadOnlyList<Warning> Of(Report report, OutlierBasis basis) =>
        OutlierRules.Of(report, basis.PreviousYear, basis.County, thresholds.Value);
}
