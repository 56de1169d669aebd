using Disclosure.Domain.Quality;
using Disclosure.Domain.Reports;

namespace Disclosure.Persistence.Quality;

/// <summary>A county's current reports for a year (with what was found when each was stored) and for the year before.</summary>
public sealed record CountyReports(string CountyCode, int Year, IReadOnlyList<CheckedReport> Current, IReadOnlyList<Report> PreviousYear);
