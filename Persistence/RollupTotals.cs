using Dapper;
using Disclosure.Domain.Reviews;
using Disclosure.Persistence.Reviews;
using Microsoft.Data.Sqlite;

namespace Disclosure.Persistence;

/// <summary>
/// Keeps <c>rollup_totals</c>: per nation, province, city and county, per year, format, flag and review state, the
/// number of current reports and the sum of their cells (withdrawn reports are in none). Runs inside the caller's
/// write transaction.
/// </summary>
internal static class RollupTotals
{
    /// <summary>The code lengths totals are kept for: nation, province, city, county.</summary>
    public static readonly int[] Levels = [0, 2, 4, 6];

    // A total's key, bound by BindKey in this order.
    private const string KeyIs = "level = @Level AND area_code = @AreaCode AND year = @Year AND format = @Format AND flagged = @Flagged AND state = @State";
    private static readonly string[] KeyParameters = ["@Level", "@AreaCode", "@Year", "@Format", "@Flagged", "@State"];
    private static readonly string[] UpsertParameters = [.. KeyParameters, "@Reports", "@Vals"];

    private const string SelectTotal = $"""
        SELECT reports AS Reports, vals AS Vals
        FROM rollup_totals
        WHERE {KeyIs}
        """;

    private const string UpsertTotal = """
        INSERT INTO rollup_totals (level, area_code, year, format, flagged, state, reports, vals)
        VALUES (@Level, @AreaCode, @Year, @Format, @Flagged, @State, @Reports, @Vals)
        ON CONFLICT (level, area_code, year, format, flagged, state) DO UPDATE SET
            reports = excluded.reports,
            vals    = excluded.vals
        """;

    private const string DeleteTotal = $"""
        DELETE FROM rollup_totals
        WHERE {KeyIs}
        """;

    private const string DeleteAll = "DELETE FROM rollup_totals";

    private const string SelectCurrentVectors = """
        SELECT r.township_code AS TownshipCode, r.year AS Year, r.format AS Format, r.flagged AS Flagged, r.review_state AS State, v.vals AS Vals
        FROM current_reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        """;

    /// <summary>A report's part in the totals. A withdrawn report has none.</summary>
    public sealed record Contribution(string TownshipCode, int Year, string Format, bool Flagged, ReviewState State, long[] Values);

    /// <summary><paramref name="State"/> is the state's stored name.</summary>
    public readonly record struct Key(int Level, string AreaCode, int Year, string Format, bool Flagged, string State);

    /// <summary>What a batch of submissions does to the totals: per key, reports and cell sums to add (or take away).</summary>
    public sealed class Change
    {
        private readonly Dictionary<Key, (long Reports, long[] Sums)> _byKey = new();

        public IEnumerable<KeyValuePair<Key, (long Reports, long[] Sums)>> Entries => _byKey;

        /// <summary>Adds (<paramref name="sign"/> +1) or takes away (−1) one report at every level.</summary>
        public void Add(Contribution contribution, int sign)
        {
            if (!ReviewRules.Counts(contribution.State))
                throw new ArgumentException("A withdrawn report is in no total.", nameof(contribution));
            var state = ReviewNames.Of(contribution.State);
            foreach (var level in Levels)
            {
                var key = new Key(level, contribution.TownshipCode[..level], contribution.Year, contribution.Format, contribution.Flagged, state);
                var (reports, sums) = _byKey.GetValueOrDefault(key, (0, []));
                _byKey[key] = (reports + sign, Accumulate(sums, contribution.Values, sign));
            }
        }

        public void Merge(Change other)
        {
            foreach (var (key, (reports, sums)) in other._byKey)
            {
                var (mine, mySums) = _byKey.GetValueOrDefault(key, (0, []));
                _byKey[key] = (mine + reports, Accumulate(mySums, sums, 1));
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> inside the writer's transaction: each key touched is read and written once,
    /// through the writer's prepared statements; a key whose change nets to nothing is left alone.
    /// </summary>
    public static async Task ApplyAsync(Database database, SqliteTransaction transaction, Change change, CancellationToken cancellationToken)
    {
        foreach (var (key, (reportsDelta, delta)) in change.Entries)
        {
            if (reportsDelta == 0 && delta.All(d => d == 0))
                continue;

            var select = database.Prepared(transaction, SelectTotal, KeyParameters);
            BindKey(select, key);
            long reports = 0;
            long[] sums = [];
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    reports = reader.GetInt64(0);
                    sums = CellCodec.Decode((byte[])reader.GetValue(1));
                }
            }

            reports += reportsDelta;
            sums = Accumulate(sums, delta, 1);
            if (reports < 0)
                throw new InvalidOperationException($"Rollup total {key} would count {reports} reports: the totals are out of step, rebuild them.");
            if (reports == 0)
            {
                var delete = database.Prepared(transaction, DeleteTotal, KeyParameters);
                BindKey(delete, key);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
            else
            {
                var upsert = database.Prepared(transaction, UpsertTotal, UpsertParameters);
                BindKey(upsert, key);
                upsert.Parameters[6].Value = reports;
                upsert.Parameters[7].Value = CellCodec.Encode(sums);
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static void BindKey(SqliteCommand command, Key key)
    {
        command.Parameters[0].Value = key.Level;
        command.Parameters[1].Value = key.AreaCode;
        command.Parameters[2].Value = key.Year;
        command.Parameters[3].Value = key.Format;
        command.Parameters[4].Value = key.Flagged;
        command.Parameters[5].Value = key.State;
    }

    /// <summary>Recomputes every total from the current revisions; returns how many totals there are.</summary>
    public static async Task<int> RebuildAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var totals = new Change();
        foreach (var row in await connection.QueryAsync<ContributionRow>(SelectCurrentVectors, transaction: transaction))
            totals.Add(new Contribution(row.TownshipCode, row.Year, row.Format, row.Flagged, StoredReviewStates.Parse(row.State), CellCodec.Decode(row.Vals)), +1);

        await connection.ExecuteAsync(DeleteAll, transaction: transaction);
        var count = 0;
        foreach (var (key, (reports, sums)) in totals.Entries)
        {
            await connection.ExecuteAsync(UpsertTotal, new { key.Level, key.AreaCode, key.Year, key.Format, key.Flagged, key.State, Reports = reports, Vals = CellCodec.Encode(sums) }, transaction);
            count++;
        }
        return count;
    }

    /// <summary><paramref name="sums"/> ± <paramref name="values"/>, cell by cell, throwing on overflow; grows to the longer vector.</summary>
    private static long[] Accumulate(long[] sums, long[] values, int sign)
    {
        var result = sums;
        if (sums.Length < values.Length)
        {
            result = new long[values.Length];
            sums.CopyTo(result, 0);
        }
        for (var i = 0; i < values.Length; i++)
            result[i] = sign > 0 ? checked(result[i] + values[i]) : checked(result[i] - values[i]);
        return result;
    }

    private sealed class ContributionRow
    {
        public string TownshipCode { get; set; } = "";
        public int Year { get; set; }
        public string Format { get; set; } = "";
        public bool Flagged { get; set; }
        public string State { get; set; } = "";
        public byte[] Vals { get; set; } = [];
    }
}
