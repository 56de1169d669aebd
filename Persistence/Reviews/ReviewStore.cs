using Dapper;
using Disclosure.Domain.Reviews;

namespace Disclosure.Persistence.Reviews;

/// <summary>
/// The county's review of stored reports: each action changes the report's state, moves its part of the rollup totals
/// to the new state (or out of them, for a withdrawal) and is recorded, all in one write transaction. Submissions
/// write through the same database lock, so a review and a new revision never interleave: the revision checked is
/// the revision whose state changes.
/// </summary>
public sealed class ReviewStore(Database database)
{
    private const string SelectCurrent = """
        SELECT r.revision, r.review_state, r.format, r.flagged, v.vals
        FROM reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        WHERE r.township_code = @TownshipCode AND r.year = @Year
        """;

    private const string UpdateState = """
        UPDATE reports SET review_state = @State
        WHERE township_code = @TownshipCode AND year = @Year
        """;

    private const string SelectState = """
        SELECT review_state AS State, revision AS Revision FROM reports
        WHERE township_code = @TownshipCode AND year = @Year
        """;

    /// <summary>Applies <paramref name="request"/> if the report's current revision is the one reviewed and its state allows it.</summary>
    public Task<ReviewResult> ReviewAsync(ReviewRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Action == ReviewAction.Resubmitted)
            throw new ArgumentException("A resubmission is recorded by the submission itself.", nameof(request));
        if (ReviewRules.NeedsReason(request.Action) && string.IsNullOrWhiteSpace(request.Reason))
            throw new ArgumentException($"{request.Action} needs a reason.", nameof(request));

        return database.WriteAsync(async (connection, transaction) =>
        {
            var parameters = new { request.TownshipCode, request.Year };
            await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(SelectCurrent, parameters, transaction, cancellationToken: cancellationToken));
            if (!await reader.ReadAsync(cancellationToken))
                return new ReviewResult(ReviewOutcome.NotFound, null, null, null);
            var revision = reader.GetInt32(0);
            var state = ReviewNames.ParseState(reader.GetString(1));
            var format = reader.GetString(2);
            var flagged = reader.GetInt64(3) != 0;
            var values = CellCodec.Decode((byte[])reader.GetValue(4));
            await reader.DisposeAsync();

            if (revision != request.Revision)
                return new ReviewResult(ReviewOutcome.StaleRevision, state, revision, null);
            if (ReviewRules.After(state, request.Action) is not { } next)
                return new ReviewResult(ReviewOutcome.NotAllowed, state, revision, null);

            await connection.ExecuteAsync(UpdateState, new { State = ReviewNames.Of(next), request.TownshipCode, request.Year }, transaction);

            var totals = new RollupTotals.Change();
            if (ReviewRules.Counts(state))
                totals.Add(new RollupTotals.Contribution(request.TownshipCode, request.Year, format, flagged, state, values), -1);
            if (ReviewRules.Counts(next))
                totals.Add(new RollupTotals.Contribution(request.TownshipCode, request.Year, format, flagged, next, values), +1);
            await RollupTotals.ApplyAsync(database, transaction, totals, cancellationToken);

            var entry = new ReviewEntry(revision, request.Action, next, request.Reason, request.Overrode, request.At, request.By);
            await connection.ExecuteAsync(ReviewHistory.Insert, new
            {
                request.TownshipCode,
                request.Year,
                Revision = revision,
                Action = ReviewNames.Of(request.Action),
                State = ReviewNames.Of(next),
                request.Reason,
                request.Overrode,
                At = Clock.Format(request.At),
                request.By,
            }, transaction);
            return new ReviewResult(ReviewOutcome.Done, next, revision, entry);
        }, cancellationToken);
    }

    /// <summary>A report's state, current revision and history, read together; null when the township has no report for the year.</summary>
    public Task<ReportReview?> GetAsync(string townshipCode, int year, CancellationToken cancellationToken = default) =>
        database.ReadAsync(async connection =>
        {
            await using var snapshot = connection.BeginTransaction(deferred: true);
            var parameters = new { TownshipCode = townshipCode, Year = year };
            var report = await connection.QuerySingleOrDefaultAsync<StateRow>(SelectState, parameters, snapshot);
            if (report is null)
                return null;
            var history = await connection.QueryAsync<EntryRow>(ReviewHistory.SelectOfReport, parameters, snapshot);
            return new ReportReview(ReviewNames.ParseState(report.State), report.Revision, [.. history.Select(ToEntry)]);
        }, cancellationToken);

    private static ReviewEntry ToEntry(EntryRow row) =>
        new(row.Revision, ParseAction(row.Action), ReviewNames.ParseState(row.State), row.Reason, row.Overrode, Clock.Parse(row.At), row.By);

    private static ReviewAction ParseAction(string name) =>
        ReviewNames.TryParseAction(name, out var action) ? action : throw new FormatException($"\"{name}\" is not a review action.");

    private sealed class StateRow
    {
        public string State { get; set; } = "";
        public int Revision { get; set; }
    }

    private sealed class EntryRow
    {
        public int Revision { get; set; }
        public string Action { get; set; } = "";
        public string State { get; set; } = "";
        public string? Reason { get; set; }
        public bool Overrode { get; set; }
        public string At { get; set; } = "";
        public string By { get; set; } = "";
    }
}
