namespace Disclosure.Persistence.Reviews;

/// <summary>The statements of <c>report_reviews</c>, the record of every review state change; shared by the review and the submission writes.</summary>
internal static class ReviewHistory
{
    public const string Insert = """
        INSERT INTO report_reviews (township_code, year, revision, action, state, reason, overrode, at, by)
        VALUES (@TownshipCode, @Year, @Revision, @Action, @State, @Reason, @Overrode, @At, @By)
        """;

    public const string SelectOfReport = """
        SELECT revision AS Revision, action AS Action, state AS State, reason AS Reason, overrode AS Overrode, at AS At, by AS By
        FROM report_reviews
        WHERE township_code = @TownshipCode AND year = @Year
        ORDER BY id
        """;

    /// <summary>When the report was last accepted.</summary>
    public const string SelectLastAcceptedAt = """
        SELECT at FROM report_reviews
        WHERE township_code = @TownshipCode AND year = @Year AND action = 'accepted'
        ORDER BY id DESC
        LIMIT 1
        """;
}
