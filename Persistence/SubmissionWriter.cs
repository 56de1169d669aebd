using System.Collections.Concurrent;
using System.Globalization;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reviews;
using Disclosure.Persistence.Reviews;
using Microsoft.Data.Sqlite;

namespace Disclosure.Persistence;

/// <summary>
/// Writes submissions one unit of work at a time, and commits those that arrive together in one transaction
/// (group commit): a commit costs far more than a statement, and concurrent clients are exactly when it
/// matters. Each submission runs in its own savepoint, so one that fails leaves the others of its batch
/// stored; the rollup totals a batch touches are read and written once per batch, not once per submission.
/// There is no background task: whoever holds the gate writes everything queued so far, and the others find
/// their result when they get there.
/// </summary>
internal sealed class SubmissionWriter(Database database, Func<RevisionRow, StoredRevision> toStored)
{
    /// <summary>The most submissions one transaction takes; more would hold the write lock for long.</summary>
    public const int MaxBatch = 128;

    private const string InsertRevision = """
        INSERT INTO report_revisions
            (township_code, year, revision, format, submitted_at, submitted_by, flagged, content_hash, vals, extras, violations, warnings, published_at)
        VALUES
            (@TownshipCode, @Year, @Revision, @Format, @SubmittedAt, @SubmittedBy, @Flagged, @ContentHash, @Vals, @Extras, @Violations, @Warnings, @PublishedAt)
        RETURNING id
        """;

    private const string UpsertCurrent = """
        INSERT INTO reports (township_code, year, county_code, format, current_revision_id, revision, flagged, first_submitted_at, published_at)
        VALUES (@TownshipCode, @Year, @CountyCode, @Format, @RevisionId, @Revision, @Flagged, @SubmittedAt, @PublishedAt)
        ON CONFLICT (township_code, year) DO UPDATE SET
            format              = excluded.format,
            current_revision_id = excluded.current_revision_id,
            revision            = excluded.revision,
            flagged             = excluded.flagged,
            published_at        = excluded.published_at,
            -- A report filed again after it was withdrawn is a new filing: on time is judged from it.
            first_submitted_at  = CASE WHEN reports.review_state = 'withdrawn' THEN excluded.first_submitted_at ELSE reports.first_submitted_at END,
            review_state        = 'submitted'
        """;

    private const string SelectCurrent = $"""
        SELECT {RevisionRow.Columns}, r.review_state
        FROM reports r
        JOIN report_revisions v ON v.id = r.current_revision_id
        WHERE r.township_code = @TownshipCode AND r.year = @Year
        """;

    private readonly ConcurrentQueue<Pending> _queue = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>A submission waiting to be written, already encoded for storage.</summary>
    public sealed class Pending(Submission submission, ExpectedRevision? expected)
    {
        public Submission Submission { get; } = submission;
        public ExpectedRevision? Expected { get; } = expected;
        public byte[] Vals { get; } = CellCodec.Encode(submission.Report.Values);
        public string? Extras { get; } = StoredJson.WriteExtras(submission.Report);
        public string? Violations { get; } = StoredJson.WriteViolations(submission.Violations);
        public string? Warnings { get; } = StoredJson.WriteWarnings(submission.Warnings);
        public string SubmittedAt { get; } = Clock.Format(submission.SubmittedAt);
        public string? PublishedAt { get; } = submission.Report.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        public TaskCompletionSource<SubmitResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// Queues <paramref name="pending"/> and returns once it is committed (or refused). Once queued it is written
    /// even if the caller gives up waiting: a submission must not linger in the queue to be stored much later.
    /// </summary>
    public async Task<SubmitResult> SubmitAsync(Pending pending, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _queue.Enqueue(pending);
        while (!pending.Done.Task.IsCompleted)
        {
            await _gate.WaitAsync(CancellationToken.None);
            try
            {
                if (pending.Done.Task.IsCompleted)
                    break;
                var batch = new List<Pending>();
                while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
                    batch.Add(next);
                // Not the caller's token: the batch carries other clients' submissions too.
                await WriteAsync(batch, CancellationToken.None);
            }
            finally
            {
                _gate.Release();
            }
        }
        return await pending.Done.Task;
    }

    private async Task WriteAsync(List<Pending> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
            return;
        try
        {
            var outcomes = await database.WriteAsync((connection, transaction) => ApplyAsync(transaction, batch, cancellationToken), cancellationToken);
            for (var i = 0; i < batch.Count; i++)
                Settle(batch[i], outcomes[i]);
        }
        catch (Exception) when (batch.Count > 1)
        {
            // The batch as a whole failed (a total overflowed, say): write each on its own, so only the culprit fails.
            foreach (var pending in batch)
                await WriteAsync([pending], cancellationToken);
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
        }
    }

    private static void Settle(Pending pending, (SubmitResult? Result, Exception? Error) outcome)
    {
        if (outcome.Error is { } error) pending.Done.TrySetException(error);
        else pending.Done.TrySetResult(outcome.Result!);
    }

    /// <summary>The whole batch in one transaction; run again from the start when the unit is retried.</summary>
    private async Task<(SubmitResult? Result, Exception? Error)[]> ApplyAsync(SqliteTransaction transaction, List<Pending> batch, CancellationToken cancellationToken)
    {
        var outcomes = new (SubmitResult?, Exception?)[batch.Count];
        var totals = new RollupTotals.Change();
        for (var i = 0; i < batch.Count; i++)
        {
            await ExecuteAsync(transaction, "SAVEPOINT submission", cancellationToken);
            var change = new RollupTotals.Change();
            try
            {
                outcomes[i] = (await ApplyOneAsync(transaction, batch[i], change, cancellationToken), null);
                await ExecuteAsync(transaction, "RELEASE submission", cancellationToken);
                totals.Merge(change);
            }
            catch (Exception e) when (e is not SqliteException sqlite || !Database.IsLockContention(sqlite))
            {
                await ExecuteAsync(transaction, "ROLLBACK TO submission", cancellationToken);
                await ExecuteAsync(transaction, "RELEASE submission", cancellationToken);
                outcomes[i] = (null, e);
            }
        }
        await RollupTotals.ApplyAsync(database, transaction, totals, cancellationToken);
        return outcomes;
    }

    private async Task<SubmitResult> ApplyOneAsync(SqliteTransaction transaction, Pending pending, RollupTotals.Change totals, CancellationToken cancellationToken)
    {
        var submission = pending.Submission;
        var report = submission.Report;
        var (latest, state) = await ReadCurrentAsync(transaction, report.TownshipCode, report.Year, cancellationToken) is { } found
            ? (found.Row, found.State)
            : ((RevisionRow?)null, ReviewState.Submitted);
        // A withdrawn report is no current report: the next submission files it anew, as revision N + 1.
        var current = state == ReviewState.Withdrawn ? null : latest;

        if (pending.Expected is { } expected && (current is null || !expected.IsMetBy(current.Revision, current.ContentHash)))
            return new SubmitResult(SubmitOutcome.PreconditionFailed, current is null ? null : toStored(current));
        if (current is not null && current.ContentHash == submission.ContentHash)
            return new SubmitResult(SubmitOutcome.Unchanged, toStored(current));
        if (current is not null && !ReviewRules.AcceptsRevisions(state))
            return new SubmitResult(SubmitOutcome.Locked, toStored(current))
            {
                LockedSince = await ReadAcceptedAtAsync(transaction, report.TownshipCode, report.Year, cancellationToken),
            };

        var revision = (latest?.Revision ?? 0) + 1;
        var insert = database.Prepared(transaction, InsertRevision, "@TownshipCode", "@Year", "@Revision", "@Format", "@SubmittedAt",
            "@SubmittedBy", "@Flagged", "@ContentHash", "@Vals", "@Extras", "@Violations", "@Warnings", "@PublishedAt");
        Bind(insert, report.TownshipCode, report.Year, revision, report.Format.Id, pending.SubmittedAt, submission.SubmittedBy,
            submission.Flagged, submission.ContentHash, pending.Vals, pending.Extras, pending.Violations, pending.Warnings, pending.PublishedAt);
        var revisionId = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;

        var upsert = database.Prepared(transaction, UpsertCurrent, "@TownshipCode", "@Year", "@CountyCode", "@Format", "@RevisionId",
            "@Revision", "@Flagged", "@SubmittedAt", "@PublishedAt");
        var county = DivisionCode.Parse(report.TownshipCode, DivisionLevel.Township).County;
        Bind(upsert, report.TownshipCode, report.Year, county.Value, report.Format.Id, revisionId, revision,
            submission.Flagged, pending.SubmittedAt, pending.PublishedAt);
        await upsert.ExecuteNonQueryAsync(cancellationToken);

        if (current is not null)
            totals.Add(new RollupTotals.Contribution(current.TownshipCode, current.Year, current.Format, current.Flagged, state, CellCodec.Decode(current.Vals)), -1);
        totals.Add(new RollupTotals.Contribution(report.TownshipCode, report.Year, report.Format.Id, submission.Flagged, ReviewState.Submitted, report.Values), +1);

        if (latest is not null && ReviewRules.After(state, ReviewAction.Resubmitted) is { } resubmitted)
        {
            var history = database.Prepared(transaction, ReviewHistory.Insert, "@TownshipCode", "@Year", "@Revision", "@Action", "@State",
                "@Reason", "@Overrode", "@At", "@By");
            Bind(history, report.TownshipCode, report.Year, revision, ReviewNames.Of(ReviewAction.Resubmitted), ReviewNames.Of(resubmitted),
                null, false, pending.SubmittedAt, submission.SubmittedBy);
            await history.ExecuteNonQueryAsync(cancellationToken);
        }

        var stored = new StoredRevision(report.TownshipCode, report.Year, revision, report.Format.Id,
            Clock.Parse(pending.SubmittedAt), submission.SubmittedBy, submission.Flagged, submission.ContentHash, report,
            submission.Violations, submission.Warnings);
        return new SubmitResult(current is null ? SubmitOutcome.Created : SubmitOutcome.Revised, stored);
    }

    /// <summary>The report's latest revision and its review state (withdrawn too); null when it was never filed.</summary>
    private async Task<(RevisionRow Row, ReviewState State)?> ReadCurrentAsync(SqliteTransaction transaction, string townshipCode, int year, CancellationToken cancellationToken)
    {
        var select = database.Prepared(transaction, SelectCurrent, "@TownshipCode", "@Year");
        Bind(select, townshipCode, year);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return (RevisionRow.Read(reader), ReviewNames.ParseState(reader.GetString(RevisionRow.ColumnCount)));
    }

    /// <summary>When the report's current acceptance was recorded.</summary>
    private async Task<DateTimeOffset> ReadAcceptedAtAsync(SqliteTransaction transaction, string townshipCode, int year, CancellationToken cancellationToken)
    {
        var select = database.Prepared(transaction, ReviewHistory.SelectLastAcceptedAt, "@TownshipCode", "@Year");
        Bind(select, townshipCode, year);
        return Clock.Parse((string)(await select.ExecuteScalarAsync(cancellationToken)
            ?? throw new InvalidOperationException($"{townshipCode}/{year} is accepted but its history records no acceptance.")));
    }

    private async Task ExecuteAsync(SqliteTransaction transaction, string sql, CancellationToken cancellationToken) =>
        await database.Prepared(transaction, sql).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Sets a prepared command's parameters, in the order they were declared.</summary>
    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
