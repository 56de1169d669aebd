using Disclosure.Domain.Reviews;
using Disclosure.Persistence;

namespace Disclosure.Api.Features.Explanations;

/// <summary>
/// The one list of a revision's findings: what a township may explain, what the county sees unexplained and what
/// acceptance needs explained or overridden. Today the warnings stored with the revision and the identities it breaks
/// with its submitter's acknowledgement; outliers, computed on read, join them here.
/// </summary>
public sealed class ReportFindings
{
    public Task<IReadOnlyList<Finding>> OfAsync(StoredRevision revision, CancellationToken ct)
    {
        IReadOnlyList<Finding> findings =
        [
            .. revision.Warnings.Select(w => new Finding(FindingKind.Warning, w.Code, w.Pointer, w.Message)),
            .. revision.Violations.Select(v => new Finding(FindingKind.Violation, v.Rule, v.Pointer,
                $"{v.Rule} is broken and acknowledged: {v.Expected} expected, {v.Actual} reported.")),
        ];
        return Task.FromResult<IReadOnlyList<Finding>>([.. findings.DistinctBy(f => (f.Code, f.Pointer))]);
    }
}
