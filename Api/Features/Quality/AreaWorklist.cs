using Disclosure.Domain.Quality;
using Disclosure.Domain.Registry;
using Disclosure.Persistence.Quality;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Features.Quality;

/// <summary>Builds the worklist of an area for a year, a county at a time: only one county's reports are held at once.</summary>
public sealed class AreaWorklist(QualityStore store, DivisionRegistry registry, IOptions<OutlierThresholds> thresholds)
{
    /// <summary>The worklist of the township-level units under <paramref name="area"/> (a code prefix; null for the country).</summary>
    public async Task<QualityWorklist> BuildAsync(string? area, int year, CancellationToken cancellationToken)
    {
        var worklist = new QualityWorklist(year, thresholds.Value);
        foreach (var county in registry.TownshipsUnder(area ?? "").ToArray().GroupBy(t => t.CodeAt(DivisionLevel.County)))
        {
            var reports = await store.ReadCountyAsync(county.Key, year, cancellationToken);
            worklist.AddCounty(county, reports.Current, reports.PreviousYear);
        }
        return worklist;
    }
}
