using Disclosure.Api.Features.Quality;
using Disclosure.Domain.Reviews;
using Disclosure.Domain.Validation;
using Disclosure.Persistence;

namespace Disclosure.Api.Features.Explanations;

/// <summary>
/// A stored revision's findings as <see cref="Findings"/> lists them: its acknowledged violations, its outliers
/// (computed on read; an older revision has none) and the warnings stored with it.
/// </summary>
public sealed class ReportFindings(ReportOutliers outliers)
{
    public async Task<RevisionFindings> OfAsync(StoredRevision revision, CancellationToken ct) =>
        Of(revision, await outliers.OfAsync(revision, ct));

    /// <summary>The findings of <paramref name="revision"/> whose outliers are known already (null: it has none, being an older revision).</summary>
    public static RevisionFindings Of(StoredRevision revision, IReadOnlyList<Warning>? found) =>
        new(Findings.Of(revision.Violations, found ?? [], revision.Warnings), found);
}
