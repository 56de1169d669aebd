using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Api.Features.Reports;

/// <summary>A report's natural key, as addressed by <c>PUT /townships/{code}/reports/{year}</c>.</summary>
public sealed record NaturalKey(string TownshipCode, int Year)
{
    public IReadOnlyList<Problem> Mismatches(Report report)
    {
        var problems = new List<Problem>();
        if (report.TownshipCode != TownshipCode)
            problems.Add(new Problem("/townshipCode", "does-not-match-path", $"The body's townshipCode {report.TownshipCode} differs from the path's {TownshipCode}."));
        if (report.Year != Year)
            problems.Add(new Problem("/year", "does-not-match-path", $"The body's year {report.Year} differs from the path's {Year}."));
        return problems;
    }
}
