using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Reading;

/// <summary>Fills in the optional totals a report left out, from the format's identities.</summary>
public static class Totals
{
    /// <summary>
    /// Runs the identities in order; a rule sets its target only when the target is absent, so totals
    /// the report carries are kept as submitted (and checked later).
    /// </summary>
    public static void Derive(ReportFormat format, long[] values, bool[] present)
    {
        foreach (var rule in format.Identities)
        {
            if (present[rule.Target.Index]) continue;
            values[rule.Target.Index] = rule.Terms.Aggregate(0L, (sum, term) => checked(sum + term.Sign * values[term.Cell.Index]));
            present[rule.Target.Index] = true;
        }

        var missing = format.Cells.FirstOrDefault(c => !c.Derived && !present[c.Index]);
        if (missing is not null)
            throw new InvalidOperationException($"Format {format.Id} has no rule that derives {missing.Pointer}.");
    }
}
