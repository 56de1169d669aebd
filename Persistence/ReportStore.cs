using System.Globalization;
using Dapper;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reports;

namespace Disclosure.Persistence;

/// <summary>
/// Townships' annual reports: every revision kept, a pointer to the current one, and rollup totals kept
/// current in the same transaction as each submission.
/// </summary>
public sealed class ReportStore
{
    private readonly Database _database;
    private readonly Func<string, ReportFormat?> _formats;
    private readonly SubmissionWriter _writer;

    public ReportStore(Database database, Func<string, ReportFormat?> formats)
    {
        _database = database;
        _formats = formats;
        _writer = new SubmissionWriter(database, ToStoredRevision);
    }

    private const string SelectRevision = $"""
        SELECT {RevisionRow.Columns}
        FROM report_revisions v
        WHERE v.township_code = @TownshipCode AND v.year = @Year AND v.revision = @Revision
        """;

    // current_reports: a withdrawn report is no previous year to compare with.
    private const string SelectCurrentContent = """
        SELECT v.revision, v.format, v.vals, v.extras, v.published_at
        FROM current_reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        WHERE r.township_code = @TownshipCode AND r.year = @Year
        """;

    private const string SelectRevisionSummaries = """
        SELECT revision AS Revision, submitted_at AS SubmittedAt, submitted_by AS SubmittedBy, flagged AS Flagged, content_hash AS ContentHash
        FROM report_revisions
        WHERE township_code = @TownshipCode AND year = @Year
        ORDER BY revision
        """;

    // current_reports: a withdrawn report is not listed.
    private const string SelectCurrentReports = """
        SELECT r.township_code AS TownshipCode, r.year AS Year, r.format AS Format, r.revision AS Revision,
               r.flagged AS Flagged, v.submitted_at AS SubmittedAt
        FROM current_reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        """;

    private const string CountCurrentReports = "SELECT count(*) FROM current_reports r";
    private const string ListOrderAndPage = "ORDER BY r.township_code, r.year LIMIT @Limit";

    /// <summary>The most reports one listing page holds.</summary>
    public const int MaxListLimit = 1000;

    /// <summary>
    /// Stores <paramref name="submission"/> as the next revision of its township's report for its year, unless
    /// the current revision is not the one <paramref name="expected"/> (when given), or the
    /// content equals the current revision's. One write unit: the revision, the current pointer and the totals;
    /// submissions that arrive together share one transaction (see <see cref="SubmissionWriter"/>).
    /// </summary>
    public Task<SubmitResult> SubmitAsync(Submission submission, ExpectedRevision? expected, CancellationToken cancellationToken = default)
    {
        var report = submission.Report;
        _ = DivisionCode.Parse(report.TownshipCode, DivisionLevel.Township);
        if (report.Values.Length != report.Format.Cells.Count)
            throw new ArgumentException($"The report has {report.Values.Length} values; format {report.Format.Id} has {report.Format.Cells.Count} cells.", nameof(submission));
        ArgumentException.ThrowIfNullOrEmpty(submission.ContentHash);
        ArgumentException.ThrowIfNullOrEmpty(submission.SubmittedBy);

        return _writer.SubmitAsync(new SubmissionWriter.Pending(submission, expected), cancellationToken);
    }

    /// <summary>Whether no report was ever stored: a withdrawn one counts as stored (nothing is ever deleted).</summary>
    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => connection.ExecuteScalarAsync<bool>(
            new CommandDefinition("SELECT NOT EXISTS (SELECT 1 FROM reports)", cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>Revision <paramref name="revision"/>, or the current one when null; null when there is none.</summary>
    public Task<StoredRevision?> GetAsync(string townshipCode, int year, int? revision = null, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(async connection =>
        {
            var row = revision is null
                ? await connection.QuerySingleOrDefaultAsync<RevisionRow>(RevisionRow.SelectCurrent, new { TownshipCode = townshipCode, Year = year })
                : await connection.QuerySingleOrDefaultAsync<RevisionRow>(SelectRevision, new { TownshipCode = townshipCode, Year = year, Revision = revision });
            return row is null ? null : ToStoredRevision(row);
        }, cancellationToken);

    /// <summary>
    /// The current report of a township for a year, e.g. the previous year's for the X-checks; null when none, or
    /// when it was withdrawn (it counts nowhere, not even as the year a later one is compared with).
    /// Every submission asks for one, so it reads only the columns a report is made of, without Dapper.
    /// </summary>
    public Task<Report?> GetCurrentReportAsync(string townshipCode, int year, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = SelectCurrentContent;
            command.Parameters.AddWithValue("@TownshipCode", townshipCode);
            command.Parameters.AddWithValue("@Year", year);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            return ToReport(townshipCode, year, reader.GetInt32(0), reader.GetString(1), (byte[])reader.GetValue(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4));
        }, cancellationToken);

    /// <summary>Every revision of a township's report for a year, oldest first; empty when there is none.</summary>
    public Task<IReadOnlyList<StoredRevisionSummary>> ListRevisionsAsync(string townshipCode, int year, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<StoredRevisionSummary>>(async connection =>
            (await connection.QueryAsync<SummaryRow>(SelectRevisionSummaries, new { TownshipCode = townshipCode, Year = year }))
                .Select(r => new StoredRevisionSummary(r.Revision, Clock.Parse(r.SubmittedAt), r.SubmittedBy, r.Flagged, r.ContentHash))
                .ToArray(), cancellationToken);

    /// <summary>
    /// The current reports whose township code starts with <paramref name="areaPrefix"/> (all when null or empty),
    /// optionally of one year and flag, ordered by township code then year: at most <paramref name="limit"/> of them,
    /// those after the report <paramref name="after"/> (from the first when null). Paged by key, not by offset, so that
    /// a page is found without reading the ones before it and a report stored meanwhile neither repeats nor skips one.
    /// </summary>
    public Task<CurrentReportsPage> ListCurrentAsync(
        string? areaPrefix, int? year, bool? flagged, (string TownshipCode, int Year)? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxListLimit);

        var filter = new WhereClause(WhereClause.Reports).InArea(areaPrefix).InYear(year).Flagged(flagged);
        // The count is of every page; the page starts after the report given.
        var where = filter.ToString();
        var whereAfter = filter.After(after).ToString();
        var parameters = filter.Parameters;
        // One more than the page: whether another page follows.
        parameters.Add("Limit", limit + 1);

        return _database.ReadAsync(async connection =>
        {
            // One read transaction, so that the page and the count see the same snapshot.
            await using var snapshot = connection.BeginTransaction(deferred: true);
            var rows = (await connection.QueryAsync<ListRow>($"{SelectCurrentReports} {whereAfter} {ListOrderAndPage}", parameters, snapshot)).ToList();
            var total = await connection.ExecuteScalarAsync<long>($"{CountCurrentReports} {where}", parameters, snapshot);
            var reports = rows.Take(limit).Select(r => new CurrentReport(r.TownshipCode, r.Year, r.Format, r.Revision, r.Flagged, Clock.Parse(r.SubmittedAt))).ToArray();
            return new CurrentReportsPage(reports, rows.Count > limit, total);
        }, cancellationToken);
    }

    /// <summary>Recomputes every rollup total from the current revisions; returns how many totals there are.</summary>
    public Task<int> RebuildTotalsAsync(CancellationToken cancellationToken = default) =>
        _database.WriteAsync(RollupTotals.RebuildAsync, cancellationToken);

    private StoredRevision ToStoredRevision(RevisionRow row)
    {
        var report = ToReport(row.TownshipCode, row.Year, row.Revision, row.Format, row.Vals, row.Extras, row.PublishedAt);
        return new StoredRevision(row.TownshipCode, row.Year, row.Revision, row.Format, Clock.Parse(row.SubmittedAt), row.SubmittedBy,
            row.Flagged, row.ContentHash, report, StoredJson.ReadViolations(row.Violations), StoredJson.ReadWarnings(row.Warnings));
    }

    private Report ToReport(string townshipCode, int year, int revision, string formatId, byte[] vals, string? extras, string? publishedAt)
    {
        var format = _formats(formatId)
            ?? throw new InvalidOperationException($"The report of {townshipCode} for {year} (revision {revision}) uses format \"{formatId}\", which this service does not know.");
        var values = CellCodec.Decode(vals);
        if (values.Length != format.Cells.Count)
            throw new InvalidOperationException($"The report of {townshipCode} for {year} (revision {revision}) has {values.Length} values; format {format.Id} has {format.Cells.Count} cells.");
        var (publications, narrative, acknowledged) = StoredJson.ReadExtras(extras);
        return new Report(townshipCode, year, format, values, publications, narrative, acknowledged)
        {
            PublishedAt = publishedAt is null ? null : DateOnly.ParseExact(publishedAt, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private sealed class SummaryRow
    {
        public int Revision { get; set; }
        public string SubmittedAt { get; set; } = "";
        public string SubmittedBy { get; set; } = "";
        public bool Flagged { get; set; }
        public string ContentHash { get; set; } = "";
    }

    private sealed class ListRow
    {
        public string TownshipCode { get; set; } = "";
        public int Year { get; set; }
        public string Format { get; set; } = "";
        public int Revision { get; set; }
        public bool Flagged { get; set; }
        public string SubmittedAt { get; set; } = "";
    }

}
