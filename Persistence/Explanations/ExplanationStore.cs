using Dapper;
using Disclosure.Domain.Reviews;

namespace Disclosure.Persistence.Explanations;

/// <summary>
/// Townships' explanations of their reports' findings, kept for ever: each is written only while the revision it
/// explains is the current one of a report that is not withdrawn, in one write transaction with that check.
/// </summary>
public sealed class ExplanationStore(Database database)
{
    private const string SelectCurrent = """
        SELECT revision AS Revision, review_state AS State FROM reports
        WHERE township_code = @TownshipCode AND year = @Year
        """;

    private const string Insert = """
        INSERT INTO report_explanations (township_code, year, revision, code, pointer, text, at, by)
        VALUES (@TownshipCode, @Year, @Revision, @Code, @Pointer, @Text, @At, @By)
        """;

    /// <summary>Whether a later explanation of the same finding of the same revision replaced explanation <c>e</c>.</summary>
    internal const string Superseded = """
        EXISTS (SELECT 1 FROM report_explanations later
                WHERE later.township_code = e.township_code AND later.year = e.year AND later.revision = e.revision
                  AND later.code = e.code AND later.pointer = e.pointer AND later.id > e.id) AS Superseded
        """;

    private const string SelectOfReport = $"""
        SELECT {ExplanationRow.Columns}
        FROM report_explanations e
        WHERE e.township_code = @TownshipCode AND e.year = @Year
        ORDER BY e.id
        """;

    /// <summary>Keeps <paramref name="request"/> if its revision is the report's current one and the report is not withdrawn.</summary>
    public Task<(ExplainOutcome Outcome, int? CurrentRevision)> AddAsync(ExplanationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Text);
        return database.WriteAsync<(ExplainOutcome, int?)>(async (connection, transaction) =>
        {
            var parameters = new { request.TownshipCode, request.Year };
            var found = await connection.QuerySingleOrDefaultAsync<CurrentRow>(
                new CommandDefinition(SelectCurrent, parameters, transaction, cancellationToken: cancellationToken));
            if (found is null)
                return (ExplainOutcome.NotFound, null);
            if (ReviewNames.ParseState(found.State) == ReviewState.Withdrawn)
                return (ExplainOutcome.Withdrawn, found.Revision);
            if (found.Revision != request.Revision)
                return (ExplainOutcome.StaleRevision, found.Revision);

            await connection.ExecuteAsync(new CommandDefinition(Insert, new
            {
                request.TownshipCode,
                request.Year,
                request.Revision,
                request.Code,
                request.Pointer,
                request.Text,
                At = Clock.Format(request.At),
                request.By,
            }, transaction, cancellationToken: cancellationToken));
            return (ExplainOutcome.Done, found.Revision);
        }, cancellationToken);
    }

    /// <summary>Every explanation of a township's report for a year, of every revision, oldest first; empty when there is none.</summary>
    public Task<IReadOnlyList<Explanation>> ListAsync(string townshipCode, int year, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<Explanation>>(async connection =>
            (await connection.QueryAsync<ExplanationRow>(new CommandDefinition(SelectOfReport, new { TownshipCode = townshipCode, Year = year }, cancellationToken: cancellationToken)))
                .Select(r => r.ToExplanation())
                .ToArray(), cancellationToken);

    private sealed class CurrentRow
    {
        public int Revision { get; set; }
        public string State { get; set; } = "";
    }
}
