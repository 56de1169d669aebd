using Dapper;
using Microsoft.Data.Sqlite;

namespace Disclosure.Persistence;

/// <summary>
/// Keeps <c>rollup_totals</c>: per nation, province, city and county, per year, format and flag, the number of
/// current reports and the sum of their cells. Runs inside the caller's write transaction.
/// </summary>
internal static class RollupTotals
{
    /// <summary>The code lengths totals are kept for: nation, province, city, county.</summary>
    public static readonly int[] Levels = [0, 2, 4, 6];

    private const string SelectTotal = """
        SELECT reports AS Reports, vals AS Vals
        FROM rollup_totals
        WHERE level = @Level AND area_code = @AreaCode AND year = @Year AND format = @Format AND flagged = @Flagged
        """;

    private const string UpsertTotal = """
        INSERT INTO rollup_totals (level, area_code, year, format, flagged, reports, vals)
        VALUES (@Level, @AreaCode, @Year, @Format, @Flagged, @Reports, @Vals)
        ON CONFLICT (level, area_code, year, format, flagged) DO UPDATE SET
            reports = excluded.reports,
            vals    = excluded.vals
        """;

    private const string DeleteTotal = """
        DELETE FROM rollup_totals
        WHERE level = @Level AND area_code = @AreaCode AND year = @Year AND format = @Format AND flagged = @Flagged
        """;

    private const string DeleteAll = "DELETE FROM rollup_totals";

    private const string SelectCurrentVectors = """
        SELECT r.township_code AS TownshipCode, r.year AS Year, r.format AS Format, r.flagged AS Flagged, v.vals AS Vals
        FROM reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        """;

    /// <summary>A report's part in the totals.</summary>
    public sealed record Share(string TownshipCode, int Year, string Format, bool Flagged, long[] Values);

    private readonly record struct Key(int Level, string AreaCode, int Year, string Format, bool Flagged);

    /// <summary>Takes <paramref name="removed"/> (the superseded revision, if any) out of the totals and puts <paramref name="added"/> in.</summary>
    // Performance note: up to 8 totals are read and written per submission, each through a new Dapper command;
    // reused prepared commands would make this several times cheaper when write throughput matters.
    public static async Task ReplaceAsync(SqliteConnection connection, SqliteTransaction transaction, Share? removed, Share added)
    {
        if (removed is not null && removed.Format == added.Format && removed.Flagged == added.Flagged
            && removed.Values.AsSpan().SequenceEqual(added.Values))
            return; // same key, same figures: every total stays as it is

        var changes = new Dictionary<Key, List<(int Sign, long[] Values)>>();
        foreach (var (share, sign) in removed is null ? [(added, 1)] : new[] { (removed, -1), (added, 1) })
        {
            foreach (var level in Levels)
            {
                var key = new Key(level, share.TownshipCode[..level], share.Year, share.Format, share.Flagged);
                if (!changes.TryGetValue(key, out var list)) changes[key] = list = [];
                list.Add((sign, share.Values));
            }
        }

        foreach (var (key, contributions) in changes)
        {
            var row = await connection.QuerySingleOrDefaultAsync<TotalRow>(SelectTotal, key, transaction);
            var reports = row?.Reports ?? 0;
            var sums = row is null ? [] : CellCodec.Decode(row.Vals);
            foreach (var (sign, values) in contributions)
            {
                reports += sign;
                sums = Accumulate(sums, values, sign);
            }

            if (reports < 0)
                throw new InvalidOperationException($"Rollup total {key} would count {reports} reports: the totals are out of step, rebuild them.");
            if (reports == 0)
                await connection.ExecuteAsync(DeleteTotal, key, transaction);
            else
                await connection.ExecuteAsync(UpsertTotal, new { key.Level, key.AreaCode, key.Year, key.Format, key.Flagged, Reports = reports, Vals = CellCodec.Encode(sums) }, transaction);
        }
    }

    /// <summary>Recomputes every total from the current revisions; returns how many totals there are.</summary>
    public static async Task<int> RebuildAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var totals = new Dictionary<Key, (long Reports, long[] Sums)>();
        foreach (var share in await connection.QueryAsync<ShareRow>(SelectCurrentVectors, transaction: transaction))
        {
            var values = CellCodec.Decode(share.Vals);
            foreach (var level in Levels)
            {
                var key = new Key(level, share.TownshipCode[..level], share.Year, share.Format, share.Flagged);
                var (reports, sums) = totals.GetValueOrDefault(key, (0, []));
                totals[key] = (reports + 1, Accumulate(sums, values, 1));
            }
        }

        await connection.ExecuteAsync(DeleteAll, transaction: transaction);
        foreach (var (key, (reports, sums)) in totals)
            await connection.ExecuteAsync(UpsertTotal, new { key.Level, key.AreaCode, key.Year, key.Format, key.Flagged, Reports = reports, Vals = CellCodec.Encode(sums) }, transaction);
        return totals.Count;
    }

    /// <summary><paramref name="sums"/> ± <paramref name="values"/>, cell by cell, throwing on overflow; grows to the longer vector.</summary>
    private static long[] Accumulate(long[] sums, long[] values, int sign)
    {
        var result = sums.Length >= values.Length ? sums : [.. sums, .. new long[values.Length - sums.Length]];
        for (var i = 0; i < values.Length; i++)
            result[i] = sign > 0 ? checked(result[i] + values[i]) : checked(result[i] - values[i]);
        return result;
    }

    private sealed class TotalRow
    {
        public long Reports { get; set; }
        public byte[] Vals { get; set; } = [];
    }

    private sealed class ShareRow
    {
        public string TownshipCode { get; set; } = "";
        public int Year { get; set; }
        public string Format { get; set; } = "";
        public bool Flagged { get; set; }
        public byte[] Vals { get; set; } = [];
    }
}
