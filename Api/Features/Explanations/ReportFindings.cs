using Disclosure.Api.Features.Quality;
using Disclosure.Domain.Reviews;
using Disclosure.Persistence;

namespace Disclosure.Api.Features.Explanations;

/// <summary>
/// The one list of a revision's findings: what a township may explain, what the county sees unexplained and what
/// acceptance needs explained or overridden. The warnings stored with the revision, the identities it breaks with its
/// submitter's acknowledgement, and its outliers (O1–O3, computed on read; an older revision has none).
/// </summary>
public sealed class ReportFindings(ReportOutliers outliers)
{
    public async Task<IReadOnlyList<Finding>> OfAsync(StoredRevision revision, CancellationToken ct)
    {
        var found = await outliers.OfAsync(revision, ct) ?? [];
        IReadOnlyList<Finding> findings =
        [
            .. revision.Warnings.Select(w => new Finding(FindingKind.Warning, w.Code, w.Pointer, w.Message)),
            .. revision.Violations.Select(v => new Finding(FindingKind.Violation, v.Rule, v.Pointer,
                $"{v.Rule} is broken and acknowledged: {v.Expected} expected, {v.Actual} reported.")),
            .. found.Select(o => new Finding(FindingKind.Outlier, o.Code, o.Pointer, o.Message)),
        ];
        return [.. findings.DistinctBy(f => (f.Code, f.Pointer))];
    }
}
