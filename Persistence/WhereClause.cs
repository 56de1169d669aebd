using Dapper;
using Disclosure.Persistence.Reviews;

namespace Disclosure.Persistence;

/// <summary>
/// The WHERE clause of a read of reports or totals, assembled from fixed conditions and their parameters, so that a
/// filter that is absent costs nothing, the area range can use the primary key and no value is ever spliced into SQL.
/// The conditions come in the order they are added.
/// </summary>
internal sealed class WhereClause(WhereClause.Columns columns)
{
    /// <summary>The columns a read filters on, under the alias its SQL gives the table.</summary>
    public sealed record Columns(string Code, string Year, string Flagged, string State, string? Level = null);

    /// <summary><c>current_reports r</c>: the reports that count.</summary>
    public static Columns Reports { get; } = new("r.township_code", "r.year", "r.flagged", "r.review_state");

    /// <summary><c>rollup_totals t</c>: the maintained totals.</summary>
    public static Columns Totals { get; } = new("t.area_code", "t.year", "t.flagged", "t.state", "t.level");

    private readonly List<string> _conditions = [];

    /// <summary>The parameters of the conditions: DynamicParameters, which Dapper binds without generating code for each SQL text.</summary>
    public DynamicParameters Parameters { get; } = new();

    /// <summary><paramref name="column"/> in the range of codes starting with <c>@AreaFrom</c>'s prefix: <c>@AreaFrom ≤ code &lt; @AreaTo</c>.</summary>
    public static string AreaCondition(string column) => $"{column} >= @AreaFrom AND {column} < @AreaTo";

    /// <summary>Codes under the prefix <paramref name="area"/>; no condition when it is null or empty.</summary>
    public WhereClause InArea(string? area)
    {
        if (AreaRange.Of(area) is not { } range)
            return this;
        _conditions.Add(AreaCondition(columns.Code));
        Parameters.Add("AreaFrom", range.From);
        Parameters.Add("AreaTo", range.To);
        return this;
    }

    /// <summary>Totals of one level (a code length: 0, 2, 4, 6).</summary>
    public WhereClause AtLevel(int? level) =>
        level is null ? this : Add($"{columns.Level ?? throw new InvalidOperationException("Only totals have levels.")} = @Level", "Level", level);

    public WhereClause InYear(int? year) => year is null ? this : Add($"{columns.Year} = @Year", "Year", year);

    /// <summary>
    /// Years from <paramref name="from"/> to <paramref name="to"/>, inclusive, each bound when given. With
    /// <paramref name="outOfIndexChoice"/> a unary + keeps them out of the index choice, so that rows come in code
    /// order from the primary key rather than by year and sorted.
    /// </summary>
    public WhereClause InYears(int? from, int? to, bool outOfIndexChoice = false)
    {
        var year = (outOfIndexChoice ? "+" : "") + columns.Year;
        if (from is not null) Add($"{year} >= @FromYear", "FromYear", from);
        if (to is not null) Add($"{year} <= @ToYear", "ToYear", to);
        return this;
    }

    /// <summary>Only flagged reports (true), only unflagged ones (false), or both (null).</summary>
    public WhereClause Flagged(bool? flagged) => flagged is null ? this : Add($"{columns.Flagged} = @Flagged", "Flagged", flagged);

    /// <summary>Leaves out the reports stored flagged, when <paramref name="exclude"/>.</summary>
    public WhereClause ExcludingFlagged(bool exclude) => exclude ? Add($"{columns.Flagged} = 0") : this;

    /// <summary>Only the reports the county accepted, when <paramref name="acceptedOnly"/>.</summary>
    public WhereClause AcceptedOnly(bool acceptedOnly) =>
        acceptedOnly ? Add($"{columns.State} = @Accepted", "Accepted", StoredReviewStates.Accepted) : this;

    /// <summary>Codes from <paramref name="code"/> on, inclusive.</summary>
    public WhereClause FromCode(string? code) => code is null ? this : Add($"{columns.Code} >= @Resume", "Resume", code);

    /// <summary>The reports after <paramref name="after"/> in (township code, year) order.</summary>
    public WhereClause After((string TownshipCode, int Year)? after)
    {
        if (after is not { } report)
            return this;
        Add($"({columns.Code}, {columns.Year}) > (@AfterTownship, @AfterYear)");
        Parameters.Add("AfterTownship", report.TownshipCode);
        Parameters.Add("AfterYear", report.Year);
        return this;
    }

    /// <summary><c>WHERE</c> and the conditions joined by <c>AND</c>; empty when there are none.</summary>
    public override string ToString() => _conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _conditions);

    private WhereClause Add(string condition, string? name = null, object? value = null)
    {
        _conditions.Add(condition);
        if (name is not null)
            Parameters.Add(name, value);
        return this;
    }
}
