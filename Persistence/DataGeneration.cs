using Dapper;
using Microsoft.Data.Sqlite;

namespace Disclosure.Persistence;

/// <summary>
/// What the stored data is, as of one moment: the database's generation id, the newest revision's id and that
/// revision's own identity (when and what was stored), and the newest review state change (its id, time and action:
/// a review changes what the reads count without storing a revision). Two copies whose histories differ never share
/// all of them, however the copy was made: ids are never reused within a history, and times are kept to the 100 ns.
/// </summary>
public sealed record DataGeneration(string Id, long NewestRevisionId, string NewestRevision, string NewestReview)
{
    private const string Select = """
        SELECT (SELECT id FROM database_generation) AS Id,
               coalesce(max(id), 0) AS NewestRevisionId,
               coalesce((SELECT submitted_at || ' ' || content_hash FROM report_revisions ORDER BY id DESC LIMIT 1), '') AS NewestRevision,
               coalesce((SELECT id || ' ' || at || ' ' || action FROM report_reviews ORDER BY id DESC LIMIT 1), '') AS NewestReview
        FROM report_revisions
        """;

    private const string Renew = "UPDATE database_generation SET id = lower(hex(randomblob(16)))";

    /// <summary>The live database's generation and newest revision.</summary>
    public static Task<DataGeneration> ReadAsync(Database database, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection => connection.QuerySingleAsync<DataGeneration>(Select), cancellationToken);

    /// <summary>Gives the database on <paramref name="connection"/> (a backup copy) a generation id of its own.</summary>
    public static async Task RenewAsync(SqliteConnection connection, CancellationToken cancellationToken = default)
    {
        if (await connection.ExecuteAsync(new CommandDefinition(Renew, cancellationToken: cancellationToken)) != 1)
            throw new InvalidOperationException("The copy has no database_generation row.");
    }
}
