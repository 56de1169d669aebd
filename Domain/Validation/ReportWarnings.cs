using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Validation;

/// <summary>Things worth a look that never block a report.</summary>
public static class ReportWarnings
{
    /// <summary>A format used outside its years, and 规章 reported by a township.</summary>
    public static IEnumerable<Warning> Of(Report report)
    {
        var format = report.Format;
        if (!format.IsMeantFor(report.Year))
            yield return new Warning(ProblemCodes.FormatYearMismatch,
                $"The {format.Id} format is for {YearsOf(format)}; this report is for {report.Year}.", "/format");

        foreach (var cell in format.RegulationCells.Where(c => report[c] > 0))
            yield return new Warning(ProblemCodes.TownshipRegulations,
                $"A township cannot make 规章, but {cell.Column} is {report[cell]}; were other documents filed as 规章?", cell.Pointer);
    }

    /// <summary>X1–X4: one warning per cell that does not follow from the township's previous report.</summary>
    public static IEnumerable<Warning> AgainstPreviousYear(Report report, Report? previous)
    {
        if (previous is null || previous.TownshipCode != report.TownshipCode || previous.Year != report.Year - 1)
            yield break;

        foreach (var rule in YearOverYearRules.All.Where(r => Applies(r, report, previous)))
        {
            var expected = rule.Terms.Aggregate(0L, (sum, term) =>
                checked(sum + term.Sign * ValueOf(term.PreviousYear ? previous : report, term.Pointer)));
            var actual = ValueOf(report, rule.Target);
            if (expected != actual)
                yield return new Warning(rule.Rule,
                    $"{rule.Rule}: {rule.Target} should be {expected} from the {previous.Year} report, but is {actual}.", rule.Target);
        }
    }

    /// <summary>Rules the submitter acknowledged although the report keeps them.</summary>
    public static IEnumerable<Warning> AcknowledgedRulesThatHold(Report report, IReadOnlyList<Violation> violations)
    {
        for (var i = 0; i < report.AcknowledgedRules.Count; i++)
        {
            var rule = report.AcknowledgedRules[i];
            if (!violations.Any(v => v.Rule == rule))
                yield return new Warning(ProblemCodes.AcknowledgedRuleHolds,
                    $"{rule} is acknowledged as broken, but the report keeps it.", $"/acknowledgedRules/{i}");
        }
    }

    private static bool Applies(YearOverYearRule rule, Report report, Report previous) =>
        rule.FormatId is null || (report.Format.Id == rule.FormatId && previous.Format.Id == rule.FormatId);

    private static long ValueOf(Report report, string pointer) => report[report.Format.Cell(pointer)];

    private static string YearsOf(ReportFormat format) => (format.FirstYear, format.LastYear) switch
    {
        ({ } first, { } last) => $"{first}–{last}",
        ({ } first, null) => $"{first} on",
        (null, { } last) => $"years up to {last}",
        _ => "any year",
    };
}
