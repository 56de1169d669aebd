using Microsoft.Data.Sqlite;

namespace Disclosure.Persistence;

/// <summary>One row of <c>report_revisions</c> as stored; read by Dapper, or by <see cref="Read"/> on the write path.</summary>
internal sealed class RevisionRow
{
    /// <summary>The columns, in this order, of a query over <c>report_revisions v</c>.</summary>
    public const string Columns = """
        v.id AS Id, v.township_code AS TownshipCode, v.year AS Year, v.revision AS Revision, v.format AS Format,
        v.submitted_at AS SubmittedAt, v.submitted_by AS SubmittedBy, v.flagged AS Flagged, v.content_hash AS ContentHash,
        v.vals AS Vals, v.extras AS Extras, v.violations AS Violations, v.warnings AS Warnings, v.published_at AS PublishedAt
        """;

    /// <summary>How many columns <see cref="Columns"/> names.</summary>
    public const int ColumnCount = 14;

    /// <summary>The current revision of one township's report for one year (<c>@TownshipCode</c>, <c>@Year</c>).</summary>
    public const string SelectCurrent = $"""
        SELECT {Columns}
        FROM reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        WHERE r.township_code = @TownshipCode AND r.year = @Year
        """;

    public long Id { get; set; }
    public string TownshipCode { get; set; } = "";
    public int Year { get; set; }
    public int Revision { get; set; }
    public string Format { get; set; } = "";
    public string SubmittedAt { get; set; } = "";
    public string SubmittedBy { get; set; } = "";
    public bool Flagged { get; set; }
    public string ContentHash { get; set; } = "";
    public byte[] Vals { get; set; } = [];
    public string? Extras { get; set; }
    public string? Violations { get; set; }
    public string? Warnings { get; set; }
    public string? PublishedAt { get; set; }

    /// <summary>The reader's current row, selected with <see cref="Columns"/>.</summary>
    public static RevisionRow Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        TownshipCode = reader.GetString(1),
        Year = reader.GetInt32(2),
        Revision = reader.GetInt32(3),
        Format = reader.GetString(4),
        SubmittedAt = reader.GetString(5),
        SubmittedBy = reader.GetString(6),
        Flagged = reader.GetInt64(7) != 0,
        ContentHash = reader.GetString(8),
        Vals = (byte[])reader.GetValue(9),
        Extras = reader.IsDBNull(10) ? null : reader.GetString(10),
        Violations = reader.IsDBNull(11) ? null : reader.GetString(11),
        Warnings = reader.IsDBNull(12) ? null : reader.GetString(12),
        PublishedAt = reader.IsDBNull(13) ? null : reader.GetString(13),
    };
}
