using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Validation;

/// <summary>Compares each identity of the report's format with the report's figures.</summary>
public static class IdentityCheck
{
    // Loops over the lists by index: every submission runs every identity, and LINQ here allocated a closure, a boxed
    // enumerator and a Violation per identity, kept or not.

    /// <summary>Every identity the report breaks, in the format's rule order; expected is the sum, actual the printed target.</summary>
    public static IReadOnlyList<Violation> Violations(Report report)
    {
        var identities = report.Format.Identities;
        var violations = new List<Violation>();
        for (var i = 0; i < identities.Count; i++)
        {
            var rule = identities[i];
            var expected = Expected(rule, report);
            var actual = report[rule.Target];
            if (expected != actual)
                violations.Add(new Violation(rule.Rule, rule.Target.Pointer, expected, actual));
        }
        return violations;
    }

    public static long Expected(IdentityRule rule, Report report)
    {
        var terms = rule.Terms;
        var sum = 0L;
        for (var i = 0; i < terms.Count; i++)
            sum = checked(sum + terms[i].Sign * report[terms[i].Cell]);
        return sum;
    }
}
