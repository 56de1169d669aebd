using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Quality;

/// <summary>A township's current report with what was found when it was stored: its acknowledged violations and its warnings.</summary>
public sealed record CheckedReport(Report Report, int Revision, IReadOnlyList<Violation> Violations, IReadOnlyList<Warning> Warnings);
