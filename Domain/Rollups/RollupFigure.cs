using Disclosure.Domain.Formats;
using Disclosure.Domain.Reviews;

namespace Disclosure.Domain.Rollups;

/// <summary>
/// One output figure of a rollup: where it goes in the report's shape (section, "/"-joined row path, column: the
/// member holding the number; the row is empty for a member of the section itself) and
/// how it is computed from a group's summed cells. The cells are looked up when the shape is built, not for every
/// group (a province by county over ten years is 1,810 groups of up to 183 figures).
/// </summary>
public sealed class RollupFigure
{
    private readonly CellSum? _sum;
    private readonly CellSum? _denominator;
    private readonly ReportFormat? _reportsOf;
    private readonly ReviewState? _inState;

    private RollupFigure(string section, string row, string column, RollupFigureKind kind, CellSum? sum, CellSum? denominator, ReportFormat? reportsOf,
        ReviewState? inState = null)
    {
        Section = section;
        Row = row;
        Column = column;
        Kind = kind;
        _sum = sum;
        _denominator = denominator;
        _reportsOf = reportsOf;
        _inState = inState;
    }

    public string Section { get; }
    public string Row { get; }
    public string Column { get; }

    /// <summary>
    /// Set when the row is a list, as the report's <c>keyDomains</c> is: the figure is then the entry whose
    /// <see cref="ListEntry.Key"/> member is <see cref="Column"/>, its number in <see cref="ListEntry.Value"/>.
    /// </summary>
    public ListEntry? Entry { get; private init; }

    /// <summary>This figure as an entry of a list row.</summary>
    internal RollupFigure AsEntry(ListEntry entry) =>
        new(Section, Row, Column, Kind, _sum, _denominator, _reportsOf, _inState) { Entry = entry };
    public RollupFigureKind Kind { get; }

    /// <summary>The sum of some cells over every format of the group that has them.</summary>
    internal static RollupFigure Count(string section, string row, string column, CellSum sum) =>
        new(section, row, column, RollupFigureKind.Count, sum, null, null);

    /// <summary>The sum of amount cells, in 分.</summary>
    internal static RollupFigure Amount(string section, string row, string column, CellSum sum) =>
        new(section, row, column, RollupFigureKind.Amount, sum, null, null);

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, each summed over the group first.</summary>
    internal static RollupFigure Rate(string section, string row, string column, CellSum numerator, CellSum denominator) =>
        new(section, row, column, RollupFigureKind.Rate, numerator, denominator, null);

    /// <summary>
    /// How many of the group's reports are of <paramref name="format"/>, less those that <paramref name="less"/> counts
    /// (a derived cell that is 1 for a report of a kind).
    /// </summary>
    internal static RollupFigure ReportsOf(string section, string row, string column, ReportFormat format, CellSum? less = null) =>
        new(section, row, column, RollupFigureKind.Count, less, null, format);

    /// <summary>How many of the group's reports of <paramref name="format"/> are in review state <paramref name="state"/>.</summary>
    internal static RollupFigure ReportsInState(string section, string row, string column, ReportFormat format, ReviewState state) =>
        new(section, row, column, RollupFigureKind.Count, null, null, format, state);

    /// <summary>The figure's sum: a count, an amount in 分, or a rate's numerator.</summary>
    public long Total(RollupGroup group) =>
        _reportsOf is null ? _sum!.Of(group)
        : _inState is { } state ? group.Of(_reportsOf)?.States.Of(state) ?? 0
        : (group.Of(_reportsOf)?.Reports ?? 0) - (_sum?.Of(group) ?? 0);

    /// <summary>A rate's denominator (0 for other kinds).</summary>
    public long Denominator(RollupGroup group) => _denominator?.Of(group) ?? 0;

    /// <summary>The figure of <paramref name="group"/> as a value; throws <see cref="OverflowException"/> past 64 bits.</summary>
    public RollupValue ValueOf(RollupGroup group) => Kind switch
    {
        RollupFigureKind.Amount => new RollupValue.Amount(Total(group)),
        RollupFigureKind.Rate => RollupValue.Rate.Of(Total(group), Denominator(group)),
        _ => new RollupValue.Count(Total(group)),
    };
}
