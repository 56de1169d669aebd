using Dapper;

namespace Disclosure.Persistence.Tests;

/// <summary>Migration 0006 on a database whose reports and totals were stored before reports had review states.</summary>
public class ReviewStatesMigrationTests
{
    [Fact]
    public async Task Reports_stored_before_are_submitted_and_their_totals_are_the_submitted_totals()
    {
        using var temp = new TempDatabase();
        var embedded = Migrator.Embedded();
        Assert.Equal([1, 2, 3, 4, 5], await Migrator.ApplyAsync(temp.Database, [.. embedded.Where(m => m.Version <= 5)]));
        await temp.Database.WriteAsync((connection, transaction) => connection.ExecuteAsync("""
            INSERT INTO report_revisions (id, township_code, year, revision, format, submitted_at, submitted_by, flagged, content_hash, vals)
            VALUES (7, '411328110', 2020, 1, '2019', '2021-01-15T08:30:00.0000000Z', 'admin', 1, 'h', x'0204');
            INSERT INTO reports (township_code, year, county_code, format, current_revision_id, revision, flagged, first_submitted_at)
            VALUES ('411328110', 2020, '411328', '2019', 7, 1, 1, '2021-01-15T08:30:00.0000000Z');
            INSERT INTO rollup_totals (level, area_code, year, format, flagged, reports, vals)
            VALUES (6, '411328', 2020, '2019', 1, 1, x'0204'), (0, '', 2020, '2019', 1, 1, x'0204');
            """, transaction: transaction));

        Assert.Equal([6], await Migrator.ApplyAsync(temp.Database, [.. embedded.Where(m => m.Version <= 6)]));

        Assert.Equal("submitted", await temp.Database.ReadAsync(c => c.ExecuteScalarAsync<string>("SELECT review_state FROM reports")));
        Assert.Equal(["0  2020 2019 1 submitted 1 0204", "6 411328 2020 2019 1 submitted 1 0204"], await temp.Database.ReadAsync(async c =>
            (await c.QueryAsync<string>("""
                SELECT level || ' ' || area_code || ' ' || year || ' ' || format || ' ' || flagged || ' ' || state || ' ' || reports || ' ' || hex(vals)
                FROM rollup_totals ORDER BY level
                """)).ToArray()));
        Assert.Equal(["rollup_totals_by_year"], await temp.Database.ReadAsync(async c =>
            (await c.QueryAsync<string>("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'rollup_totals' AND sql IS NOT NULL")).ToArray()));
    }
}
