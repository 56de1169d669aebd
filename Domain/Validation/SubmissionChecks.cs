using Disclosure.Domain.Formats;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Validation;

/// <summary>The checks a well-formed report goes through before it is stored.</summary>
public static class SubmissionChecks
{
    /// <summary>The year the disclosure regulation took effect; no report is older.</summary>
    public const int FirstYear = 2008;

    /// <param name="today">The date now (UTC): no year after its year is reported on, and no report is published after it.</param>
    public static SubmissionOutcome Evaluate(Report report, DivisionRegistry registry, Report? previousYear, DateOnly today)
    {
        var currentYear = today.Year;
        var violations = IdentityCheck.Violations(report);
        var unacknowledged = violations.Where(v => !report.AcknowledgedRules.Contains(v.Rule)).ToList();

        var rejections = new List<Problem>();
        if (!registry.IsTownship(report.TownshipCode))
            rejections.Add(new Problem("/townshipCode", ProblemCodes.UnknownTownship,
                $"{report.TownshipCode} is not a township, town or street office in the registry."));
        if (report.Year < FirstYear || report.Year > currentYear)
            rejections.Add(new Problem("/year", ProblemCodes.YearOutOfRange,
                $"The year must be from {FirstYear} to {currentYear}; it is {report.Year}."));
        if (report.PublishedAt is { } published && (published.Year <= report.Year || published > today.AddDays(1)))
            rejections.Add(new Problem("/publishedAt", ProblemCodes.PublicationDateOutOfRange,
                $"A report on {report.Year} is published after the year ends and not after today; {published:yyyy-MM-dd} is not."));
        rejections.AddRange(unacknowledged.Select(Rejection));

        var warnings = new List<Warning>();
        warnings.AddRange(ReportWarnings.Of(report));
        warnings.AddRange(ReportWarnings.AgainstPreviousYear(report, previousYear));
        warnings.AddRange(ReportWarnings.AcknowledgedRulesThatHold(report, violations));

        return new SubmissionOutcome(rejections, violations, warnings)
        {
            Flagged = violations.Count > 0 && unacknowledged.Count == 0,
        };
    }

    private static Problem Rejection(Violation violation) =>
        new(violation.Pointer, ProblemCodes.IdentityViolated,
            $"{violation.Rule}: {violation.Pointer} should be {violation.Expected} ({IdentityRules.Describe(violation.Rule)}) but is {violation.Actual}. "
            + $"List {violation.Rule} in acknowledgedRules to submit the report as published.")
        {
            Rule = violation.Rule,
            Expected = violation.Expected,
            Actual = violation.Actual,
        };
}
