using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Validation;

/// <summary>Compares each identity of the report's format with the report's figures.</summary>
public static class IdentityCheck
{
    /// <summary>Every identity the report breaks, in the format's rule order; expected is the sum, actual the printed target.</summary>
    public static IReadOnlyList<Violation> Violations(Report report) =>
    [
        .. report.Format.Identities
            .Select(rule => new Violation(rule.Rule, rule.Target.Pointer, Expected(rule, report), report[rule.Target]))
            .Where(v => v.Expected != v.Actual),
    ];

    public static long Expected(IdentityRule rule, Report report) =>
        rule.Terms.Aggregate(0L, (sum, term) => checked(sum + term.Sign * report[term.Cell]));
}
