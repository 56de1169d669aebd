using Dapper;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Quality;
using Disclosure.Domain.Reports;

namespace Disclosure.Persistence.Quality;

/// <summary>The current reports the quality rules compare: a county's townships for a year and the year before.</summary>
public sealed class QualityStore(Database database, Func<string, ReportFormat?> formats)
{
    // Both years of one county in one read, by the primary key's range (township code, year); the year index is kept
    // out of the plan by the unary +, so that a county is a short range scan however many years are stored.
    private const string SelectCountyYears = """
        SELECT r.township_code AS TownshipCode, r.year AS Year, r.format AS Format, r.revision AS Revision,
               v.vals AS Vals, v.violations AS Violations, v.warnings AS Warnings
        FROM current_reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        WHERE r.township_code >= @AreaFrom AND r.township_code < @AreaTo AND +r.year IN (@Previous, @Year)
        ORDER BY r.township_code, r.year
        """;

    /// <summary>
    /// The current reports of every township of the county <paramref name="countyCode"/> (6 digits) for
    /// <paramref name="year"/>, with their stored violations and warnings, and for the year before.
    /// </summary>
    public Task<CountyReports> ReadCountyAsync(string countyCode, int year, CancellationToken cancellationToken = default)
    {
        if (countyCode.Length != 6 || !countyCode.All(char.IsAsciiDigit))
            throw new ArgumentException($"A county code has 6 digits, not \"{countyCode}\".", nameof(countyCode));
        var range = AreaRange.Of(countyCode)!;
        return database.ReadAsync(async connection =>
        {
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(SelectCountyYears,
                new { AreaFrom = range.From, AreaTo = range.To, Previous = year - 1, Year = year }, cancellationToken: cancellationToken));
            var current = new List<CheckedReport>();
            var previous = new List<Report>();
            foreach (var row in rows)
            {
                var report = ToReport(row);
                if (row.Year == year)
                    current.Add(new CheckedReport(report, row.Revision, StoredJson.ReadViolations(row.Violations), StoredJson.ReadWarnings(row.Warnings)));
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
    }
}
