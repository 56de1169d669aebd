using Disclosure.Domain.Formats;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Reviews;

/// <summary>
/// The one list of a revision's findings: what a township may explain, what the county sees unexplained (in the
/// report's review and in the worklist) and what acceptance needs explained or overridden. The identities the revision
/// breaks with its submitter's acknowledgement, its outliers (O1–O3), and the warnings stored with it.
/// </summary>
public static class Findings
{
    public static IReadOnlyList<Finding> Of(IEnumerable<Violation> violations, IEnumerable<Warning> outliers, IEnumerable<Warning> warnings)
    {
        IReadOnlyList<Finding> findings =
        [
            .. violations.Select(v => new Finding(FindingKind.Violation, v.Rule, v.Pointer,
                $"{v.Rule}: {v.Pointer} should be {v.Expected} ({IdentityRules.Describe(v.Rule)}) but is {v.Actual}; acknowledged by the township.")),
            .. outliers.Select(o => new Finding(FindingKind.Outlier, o.Code, o.Pointer, o.Message)),
            .. warnings.Select(w => new Finding(FindingKind.Warning, w.Code, w.Pointer, w.Message)),
        ];
        return [.. findings.DistinctBy(f => (f.Code, f.Pointer))];
    }

    /// <summary>The text of the explanation that covers <paramref name="finding"/> among those in force for its revision; null when none does: it is unexplained.</summary>
    public static string? ExplanationOf(Finding finding, IEnumerable<FindingExplanation> inForce) =>
        inForce.LastOrDefault(e => finding.Is(e.Code, e.Pointer))?.Text;
}
