using Disclosure.Api.Features.Reviews;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Validation;
using Disclosure.Persistence;

namespace Disclosure.Api.Features.Reports;

/// <summary>What the service answers about one stored revision of a report.</summary>
public sealed class StoredReportResponse
{
    public required string TownshipCode { get; init; }
    public required string TownshipName { get; init; }
    public required string CountyCode { get; init; }
    public required int Year { get; init; }
    public required string Format { get; init; }
    public required int Revision { get; init; }
    public required DateTime SubmittedAt { get; init; }
    public required bool Flagged { get; init; }

    /// <summary>The identities this revision breaks, all acknowledged by the submitter.</summary>
    public required IReadOnlyList<Violation> Violations { get; init; }

    public required IReadOnlyList<Warning> Warnings { get; init; }

    /// <summary>
    /// O1–O3, computed when the current revision is read, from the current reports of the township's previous year and
    /// its county's other townships (they change as those are stored); absent for an older revision and in a submission's answer.
    /// Settable: the read endpoint computes them after <see cref="From"/>, which every answer about a revision shares.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Warning>? Outliers { get; set; }

    /// <summary>The report as submitted, with every optional total filled in.</summary>
    public required ReportBody Report { get; init; }

    /// <summary>The county's review of the report, and which findings of this revision are explained.</summary>
    public required ReviewResponse Review { get; init; }

    /// <param name="body">The revision's report already written as canonical JSON, if the caller has it; written here otherwise.</param>
    public static StoredReportResponse From(StoredRevision stored, DivisionRegistry registry, ReviewResponse review, ReportBody? body = null)
    {
        var township = registry.Find(stored.TownshipCode);
        return new StoredReportResponse
        {
            TownshipCode = stored.TownshipCode,
            TownshipName = township?.Name ?? "",
            CountyCode = DivisionCode.Parse(stored.TownshipCode, DivisionLevel.Township).County.Value,
            Year = stored.Year,
            Format = stored.Report.Format.Id,
            Revision = stored.Revision,
            SubmittedAt = stored.SubmittedAt.UtcDateTime,
            Flagged = stored.Flagged,
            Violations = stored.Violations,
            Warnings = stored.Warnings,
            Report = body ?? ReportBody.Of(stored.Report),
            Review = review,
        };
    }
}
