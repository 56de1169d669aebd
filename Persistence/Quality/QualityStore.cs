using Dapper;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Quality;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Reviews;
using Disclosure.Domain.Rollups;
using Disclosure.Persistence.Explanations;
using Disclosure.Persistence.Reviews;

namespace Disclosure.Persistence.Quality;

/// <summary>The current reports the quality rules compare: a county's townships for a year and the year before.</summary>
public sealed class QualityStore(Database database, Func<string, ReportFormat?> formats)
{
    // Both years of one county in one read, by the primary key's range (township code, year); the year index is kept
    // out of the plan by the unary +, so that a county is a short range scan however many years are stored.
    // A returned report's reason and when: the last change of its state, which returned it.
    private static readonly string SelectCountyYears = $"""
        SELECT r.township_code AS TownshipCode, r.year AS Year, r.format AS Format, r.revision AS Revision,
               v.vals AS Vals, v.violations AS Violations, v.warnings AS Warnings,
               r.review_state AS State, w.reason AS ReturnedReason, w.at AS ReturnedAt
        FROM current_reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        LEFT JOIN report_reviews w ON w.id = CASE WHEN r.review_state = 'returned' THEN (
            SELECT max(l.id) FROM report_reviews l WHERE l.township_code = r.township_code AND l.year = r.year) END
        WHERE {WhereClause.AreaCondition(WhereClause.Reports.Code)} AND +r.year IN (@Previous, @Year)
        ORDER BY r.township_code, r.year
        """;

    // The explanations of the county's current revisions for the year, by the explanations' (township code, year) range;
    // which are in force is Explanation.IsInForceFor's to say.
    private static readonly string SelectCountyExplanations = $"""
        SELECT e.township_code AS TownshipCode, {ExplanationRow.Columns}
        FROM report_explanations e
        JOIN current_reports r ON r.township_code = e.township_code AND r.year = e.year AND r.revision = e.revision
        WHERE {WhereClause.AreaCondition("e.township_code")} AND e.year = @Year
        ORDER BY e.id
        """;

    // Only the figures of one report's outlier basis: the county's current reports for the year (a range scan, as above)
    // and the township's own for the year before (a primary key lookup); what was found when they were stored is not
    // read, which is most of the county read's cost.
    private static readonly string SelectOutlierBasis = $"""
        SELECT r.township_code AS TownshipCode, r.year AS Year, r.format AS Format, r.revision AS Revision, v.vals AS Vals
        FROM current_reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        WHERE {WhereClause.AreaCondition(WhereClause.Reports.Code)} AND +r.year = @Year
        UNION ALL
        SELECT r.township_code, r.year, r.format, r.revision, v.vals
        FROM current_reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        WHERE r.township_code = @TownshipCode AND r.year = @Previous
        """;

    /// <summary>
    /// The outlier basis of township <paramref name="townshipCode"/>'s report for <paramref name="year"/> when
    /// <paramref name="revision"/> is its current revision, in one read; null when it is not (an older revision counts
    /// nowhere and has no outliers) or the township has no current report for the year.
    /// </summary>
    public async Task<OutlierBasis?> ReadOutlierBasisAsync(string townshipCode, int year, int revision, CancellationToken cancellationToken = default)
    {
        var (basis, currentRevision) = await ReadBasisAsync(townshipCode, year, cancellationToken);
        return currentRevision == revision ? basis : null;
    }

    /// <summary>
    /// What a report of township <paramref name="townshipCode"/> for <paramref name="year"/> that is about to be stored
    /// will be compared with, read before it is: the township's current report for the year before (which the
    /// year-over-year checks read too) and the county's current reports for the year, the township's own among them
    /// when it has one (<see cref="OutlierBasis.With"/> puts the stored report in its place). One read serves both the
    /// checks and the outliers of the submission's answer.
    /// </summary>
    public async Task<OutlierBasis> ReadBasisBeforeStoringAsync(string townshipCode, int year, CancellationToken cancellationToken = default) =>
        (await ReadBasisAsync(townshipCode, year, cancellationToken)).Basis;

    private Task<(OutlierBasis Basis, int? CurrentRevision)> ReadBasisAsync(string townshipCode, int year, CancellationToken cancellationToken)
    {
        var range = AreaRange.Of(DivisionCode.Parse(townshipCode, DivisionLevel.Township).County.Value)!;
        return database.ReadAsync(async connection =>
        {
            var parameters = new { AreaFrom = range.From, AreaTo = range.To, TownshipCode = townshipCode, Previous = year - 1, Year = year };
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(SelectOutlierBasis, parameters, cancellationToken: cancellationToken));
            Report? previous = null;
            var county = new List<Report>();
            int? currentRevision = null;
            foreach (var row in rows)
            {
                if (row.Year != year)
                {
                    previous = ToReport(row);
                    continue;
                }
                county.Add(ToReport(row));
                if (row.TownshipCode == townshipCode)
                    currentRevision = row.Revision;
            }
            return (new OutlierBasis(previous, county), currentRevision);
        }, cancellationToken);
    }

    /// <summary>
    /// The current reports of every township of the county <paramref name="countyCode"/> (6 digits) for
    /// <paramref name="year"/>, with their stored violations and warnings, review state and explanations in force, and
    /// for the year before: two range reads in one snapshot.
    /// </summary>
    public Task<CountyReports> ReadCountyAsync(string countyCode, int year, CancellationToken cancellationToken = default)
    {
        var range = AreaRange.Of(DivisionCode.Parse(countyCode, DivisionLevel.County).Value)!;
        return database.ReadAsync(async connection =>
        {
            await using var snapshot = connection.BeginTransaction(deferred: true);
            var parameters = new { AreaFrom = range.From, AreaTo = range.To, Previous = year - 1, Year = year };
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(SelectCountyYears, parameters, snapshot, cancellationToken: cancellationToken));
            var explained = (await connection.QueryAsync<ExplanationRow>(new CommandDefinition(SelectCountyExplanations, parameters, snapshot,
                    cancellationToken: cancellationToken)))
                .Select(e => (e.TownshipCode, Explanation: e.ToExplanation()))
                .ToLookup(e => e.TownshipCode, e => e.Explanation, StringComparer.Ordinal);
            var current = new List<CheckedReport>();
            var previous = new List<Report>();
            foreach (var row in rows)
            {
                var report = ToReport(row);
                if (row.Year == year)
                    current.Add(new CheckedReport(report, row.Revision, StoredJson.ReadViolations(row.Violations), StoredJson.ReadWarnings(row.Warnings))
                    {
                        State = StoredReviewStates.Parse(row.State),
                        Returned = row.ReturnedAt is null ? null : new ReturnedFor(row.ReturnedReason ?? "", Clock.Parse(row.ReturnedAt)),
                        Explanations = [.. explained[row.TownshipCode].Where(e => e.IsInForceFor(row.Revision))
                            .Select(e => new FindingExplanation(e.Code, e.Pointer, e.Text))],
                    });
                else
                    previous.Add(report);
            }
            return new CountyReports(countyCode, year, current, previous);
        }, cancellationToken);
    }

    /// <summary>The report's figures (the tables; its narrative parts are not compared), padded with 0 for cells added to its format after it was stored.</summary>
    private Report ToReport(Row row)
    {
        var format = formats(row.Format)
            ?? throw new InvalidOperationException($"The report of {row.TownshipCode} for {row.Year} uses format \"{row.Format}\", which this service does not know.");
        var values = CellCodec.Decode(row.Vals);
        if (values.Length > format.Cells.Count)
            throw new InvalidOperationException($"The report of {row.TownshipCode} for {row.Year} has {values.Length} values; format {format.Id} has {format.Cells.Count} cells.");
        if (values.Length < format.Cells.Count)
            values = [.. values, .. new long[format.Cells.Count - values.Length]];
        return new Report(row.TownshipCode, row.Year, format, values, null, null, []);
    }

    private sealed class Row
    {
        public string TownshipCode { get; set; } = "";
        public int Year { get; set; }
        public string Format { get; set; } = "";
        public int Revision { get; set; }
        public byte[] Vals { get; set; } = [];
        public string? Violations { get; set; }
        public string? Warnings { get; set; }
        public string State { get; set; } = "";
        public string? ReturnedReason { get; set; }
        public string? ReturnedAt { get; set; }
    }
}
