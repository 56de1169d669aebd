using System.Globalization;
using Dapper;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Rollups;
using Disclosure.Persistence.Reviews;
using Microsoft.Data.Sqlite;

namespace Disclosure.Persistence.Rollups;

/// <summary>
/// Reads rollups. An answer that needs no township is a lookup in the maintained <c>rollup_totals</c>; only an
/// answer by township (or for one township) sums the current reports' rows, read from <c>current_reports</c> (the
/// reports that count: a withdrawn one is in neither). Every row carries its review state, so that each group says how
/// many of each state it sums, and <c>status=accepted</c> is one more condition on the same rows.
/// </summary>
public sealed class RollupStore(Database database, Func<string, ReportFormat?> formats)
{
    private const string SelectTotals = """
        SELECT t.level AS Level, t.area_code AS AreaCode, t.year AS Year, t.format AS Format, t.flagged AS Flagged, t.state AS State,
               t.reports AS Reports, t.vals AS Vals
        FROM rollup_totals t
        """;

    // The keys alone, for finding where a page ends without reading its sums.
    private const string SelectTotalsKeys = "SELECT t.year AS Year, t.area_code AS AreaCode FROM rollup_totals t";
    private const string SelectReportsKeys = "SELECT r.year AS Year, r.township_code AS AreaCode FROM current_reports r";

    private const string TotalsOrder = "ORDER BY t.level, t.area_code, t.year, t.format, t.flagged, t.state";
    private const string TotalsInAreaOrder = "ORDER BY t.area_code";

    // The years with reports: the nation's totals have a row for each (and format and flag).
    private const string SelectYears = "SELECT DISTINCT t.year FROM rollup_totals t";

    private const string SelectCurrentShares = """
        SELECT r.township_code AS AreaCode, r.year AS Year, r.format AS Format, r.flagged AS Flagged, r.review_state AS State, 1 AS Reports, v.vals AS Vals
        FROM current_reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        """;

    private const string SelectCurrentValues = """
        SELECT r.township_code AS TownshipCode, r.year AS Year, r.format AS Format, r.revision AS Revision, r.flagged AS Flagged, v.vals AS Vals
        FROM current_reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        """;

    private const string ReportsOrder = "ORDER BY r.township_code, r.year";

    // A returned report's reason and when: the last change of its state, which returned it.
    private const string SelectSubmissions = """
        SELECT r.township_code AS TownshipCode, r.first_submitted_at AS FirstSubmittedAt, r.published_at AS PublishedAt,
               r.review_state AS State, w.reason AS ReturnedReason, w.at AS ReturnedAt
        FROM current_reports r
        LEFT JOIN report_reviews w ON w.id = CASE WHEN r.review_state = 'returned' THEN (
            SELECT max(l.id) FROM report_reviews l WHERE l.township_code = r.township_code AND l.year = r.year) END
        """;

    /// <summary>
    /// One page of the groups of current reports that <paramref name="filter"/> asks for, in key order (year, then
    /// division code). Without grouping there is always exactly one group, with 0 reports and no formats when nothing
    /// matches; with grouping, a group exists only when it has a report. The rows are read in key order, a year at a
    /// time when grouped by year, and reading stops once the page is full: the first page of the whole country by
    /// township costs the same as any other page.
    /// </summary>
    public Task<RollupPage> QueryAsync(RollupFilter filter, GroupPage page, CancellationToken cancellationToken = default) =>
        database.ReadAsync(async connection =>
        {
            // One snapshot for the whole page, however many queries it takes.
            await using var transaction = connection.BeginTransaction(deferred: true);
            var collector = new PageCollector(filter, page.Limit, Format);
            foreach (var (sql, parameters) in await PageQueriesAsync(connection, transaction, filter, page.After))
            {
                // The SQL varies with the filter; one row parser per row shape (not per SQL text, as Dapper's
                // Query does) spares every new combination of filters the cost of generating its own.
                await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
                var parse = reader.GetRowParser<ShareRow>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    var row = parse(reader);
                    if (!collector.Add(row.Year, row.AreaCode, row.Format, row.Flagged, StoredReviewStates.Parse(row.State), row.Reports, row.Vals))
                        return collector.ToPage();
                }
            }
            return collector.ToPage();
        }, cancellationToken);

    /// <summary>
    /// Where the page <paramref name="page"/> of <paramref name="filter"/> ends: the key of its last group (null when it
    /// has none), and whether groups follow it. Reads the keys alone, not the sums: for a page too large to hold, which
    /// is then read a part at a time (<see cref="QueryAsync"/> from each part's last key up to this one).
    /// </summary>
    public Task<(RollupKey? Last, bool More)> PageEndAsync(RollupFilter filter, GroupPage page, CancellationToken cancellationToken = default) =>
        database.ReadAsync(async connection =>
        {
            await using var transaction = connection.BeginTransaction(deferred: true);
            RollupKey? last = null;
            var groups = 0;
            foreach (var (sql, parameters) in await PageQueriesAsync(connection, transaction, filter, page.After, keysOnly: true))
            {
                await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
                while (await reader.ReadAsync(cancellationToken))
                {
                    var key = RollupKey.Of(filter.GroupBy, reader.GetInt32(0), reader.GetString(1));
                    if (key.Equals(last))
                        continue;
                    if (groups == page.Limit)
                        return (last, true);
                    last = key;
                    groups++;
                }
            }
            return (last, false);
        }, cancellationToken);

    /// <summary>
    /// The level of <c>rollup_totals</c> (0 nation, 2 province, 4 city, 6 county) that answers <paramref name="filter"/>:
    /// the coarsest that resolves both the area and the finest area grouped by; null when that needs townships.
    /// </summary>
    public static int? TotalsLevel(RollupFilter filter)
    {
        var needed = Math.Max(filter.Area?.Length ?? 0, filter.GroupedCodeLength ?? 0);
        return RollupTotals.Levels.Cast<int?>().FirstOrDefault(level => level >= needed);
    }

    /// <summary>
    /// A page of the cell values of the current reports under <paramref name="area"/> (every one when null), within the
    /// years (inclusive), in township then year order: at most <paramref name="limit"/> reports, after the township and
    /// year <paramref name="after"/> when given. The page is read whole and the connection closed before the caller
    /// writes it anywhere, so that no read transaction waits on a client (it would keep the WAL from being reset).
    /// </summary>
    public Task<CurrentValuesPage> ListCurrentValuesAsync(
        string? area, int? fromYear, int? toYear, (string TownshipCode, int Year)? after, int limit, CancellationToken cancellationToken = default)
    {
        // Rows must come in township order, from the primary key: the years are kept out of index choice.
        var where = new WhereClause(WhereClause.Reports).InArea(area).InYears(fromYear, toYear, outOfIndexChoice: true).After(after);
        where.Parameters.Add("Take", limit + 1);
        return database.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<ValuesRow>(
                new CommandDefinition($"{SelectCurrentValues} {where} {ReportsOrder} LIMIT @Take", where.Parameters, cancellationToken: cancellationToken))).AsList();
            var more = rows.Count > limit;
            return new CurrentValuesPage(
                [.. rows.Take(limit).Select(r => new CurrentValues(r.TownshipCode, r.Year, r.Format, r.Revision, r.Flagged, FullLength(r.Format, CellCodec.Decode(r.Vals))))],
                more);
        }, cancellationToken);
    }

    /// <summary>
    /// The townships under <paramref name="area"/> (every one when null) with a report that counts for
    /// <paramref name="year"/> (only an accepted one when <paramref name="acceptedOnly"/>): when its first revision
    /// arrived (later revisions do not move it), when it was published, its review state and, when returned, why; in
    /// township order.
    /// </summary>
    public Task<IReadOnlyList<SubmittedReport>> ListSubmissionsAsync(
        string? area, int year, bool acceptedOnly = false, CancellationToken cancellationToken = default)
    {
        var where = new WhereClause(WhereClause.Reports).InYear(year).InArea(area).AcceptedOnly(acceptedOnly);
        return database.ReadAsync<IReadOnlyList<SubmittedReport>>(async connection =>
            [.. (await connection.QueryAsync<SubmissionRow>($"{SelectSubmissions} {where} ORDER BY r.township_code", where.Parameters))
                .Select(r => new SubmittedReport(r.TownshipCode, Clock.Parse(r.FirstSubmittedAt),
                    r.PublishedAt is null ? null : DateOnly.ParseExact(r.PublishedAt, "yyyy-MM-dd", CultureInfo.InvariantCulture))
                {
                    State = StoredReviewStates.Parse(r.State),
                    Returned = r.ReturnedAt is null ? null : new ReturnedFor(r.ReturnedReason ?? "", Clock.Parse(r.ReturnedAt)),
                })],
            cancellationToken);
    }

    /// <summary>
    /// The maintained totals, optionally of one level (0, 2, 4, 6), under an area code prefix, and within years
    /// (inclusive), ordered by level, area, year, format, flag: for checking them against rebuilt ones.
    /// </summary>
    public async Task<IReadOnlyList<RollupTotal>> ListTotalsAsync(
        int? level = null, string? areaPrefix = null, int? fromYear = null, int? toYear = null, CancellationToken cancellationToken = default) =>
        [.. (await ReadTotalsAsync(level, areaPrefix, fromYear, toYear, cancellationToken))
            .Select(t => new RollupTotal(t.Level, t.AreaCode, t.Year, t.Format, t.Flagged, StoredReviewStates.Parse(t.State), t.Reports, CellCodec.Decode(t.Vals)))];

    private Task<IEnumerable<ShareRow>> ReadTotalsAsync(
        int? level, string? areaPrefix, int? fromYear, int? toYear, CancellationToken cancellationToken)
    {
        var where = new WhereClause(WhereClause.Totals).AtLevel(level).InArea(areaPrefix).InYears(fromYear, toYear);
        return database.ReadAsync(connection => connection.QueryAsync<ShareRow>($"{SelectTotals} {where} {TotalsOrder}", where.Parameters), cancellationToken);
    }

    /// <summary>
    /// The queries that read a page's rows in key order: one over the years when the rollup is not grouped by year
    /// (rows in area order), else one per year present, from the year of <paramref name="after"/> on (rows of each
    /// year in area order). Each resumes past <paramref name="after"/>'s code where the page starts in its year.
    /// </summary>
    private static async Task<IReadOnlyList<(string Sql, DynamicParameters Parameters)>> PageQueriesAsync(
        SqliteConnection connection, SqliteTransaction transaction, RollupFilter filter, RollupKey? after, bool keysOnly = false)
    {
        var level = TotalsLevel(filter);
        // Every code under the last group's code is in that group: the next page starts past all of them.
        var resume = after?.Code is { } code ? AreaRange.Of(code)!.To : null;
        if (!filter.Groups(GroupLevel.Year))
            return [PageQuery(filter, level, year: null, resume, keysOnly)];

        var inYears = new WhereClause(WhereClause.Totals).AtLevel(0).InYears(filter.FromYear, filter.ToYear);
        var years = await connection.QueryAsync<int>($"{SelectYears} {inYears} ORDER BY t.year", inYears.Parameters, transaction);
        return
        [
            .. years
                .Where(year => after is null || year > after.Year || (year == after.Year && resume is not null))
                .Select(year => PageQuery(filter, level, year, year == after?.Year ? resume : null, keysOnly)),
        ];
    }

    /// <summary>
    /// The rows of <paramref name="filter"/>'s reports in area order, from the totals at <paramref name="level"/> or,
    /// when null, from the current reports; of one <paramref name="year"/> or of the filter's years; from the code
    /// <paramref name="resume"/> on.
    /// </summary>
    private static (string Sql, DynamicParameters Parameters) PageQuery(RollupFilter filter, int? level, int? year, string? resume, bool keysOnly)
    {
        var totals = level is not null;
        var where = new WhereClause(totals ? WhereClause.Totals : WhereClause.Reports).AtLevel(level).InArea(filter.Area);
        // In area order over a range of years, SQLite would rather use the year index and sort every row of the range
        // before returning the first; kept out of index choice, rows stream in key order and the page stops reading when full.
        if (year is not null) where.InYear(year);
        else where.InYears(filter.FromYear, filter.ToYear, outOfIndexChoice: true);
        where.FromCode(resume).ExcludingFlagged(filter.ExcludeFlagged).AcceptedOnly(filter.AcceptedOnly);
        var select = (totals, keysOnly) switch
        {
            (true, false) => SelectTotals,
            (true, true) => SelectTotalsKeys,
            (false, false) => SelectCurrentShares,
            (false, true) => SelectReportsKeys,
        };
        return ($"{select} {where} {(totals ? TotalsInAreaOrder : ReportsOrder)}", where.Parameters);
    }

    private ReportFormat Format(string id) =>
        formats(id) ?? throw new InvalidOperationException($"Stored reports use format \"{id}\", which this service does not know.");

    /// <summary>The values padded with 0 to the format's cells, for a vector stored before cells were added at its end.</summary>
    private long[] FullLength(string formatId, long[] values)
    {
        var cells = Format(formatId).Cells.Count;
        if (values.Length > cells)
            throw new InvalidOperationException($"Stored values of format {formatId} have {values.Length} cells; the format has {cells}.");
        return values.Length == cells ? values : [.. values, .. new long[cells - values.Length]];
    }

    private sealed class ShareRow
    {
        public int Level { get; set; }
        public string AreaCode { get; set; } = "";
        public int Year { get; set; }
        public string Format { get; set; } = "";
        public bool Flagged { get; set; }
        public string State { get; set; } = "";
        public long Reports { get; set; }
        public byte[] Vals { get; set; } = [];
    }

    private sealed class ValuesRow
    {
        public string TownshipCode { get; set; } = "";
        public int Year { get; set; }
        public string Format { get; set; } = "";
        public int Revision { get; set; }
        public bool Flagged { get; set; }
        public byte[] Vals { get; set; } = [];
    }

    private sealed class SubmissionRow
    {
        public string TownshipCode { get; set; } = "";
        public string FirstSubmittedAt { get; set; } = "";
        public string? PublishedAt { get; set; }
        public string State { get; set; } = "";
        public string? ReturnedReason { get; set; }
        public string? ReturnedAt { get; set; }
    }
}
