using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

/// <summary>
/// The figures of a rollup group in the shape of the report, tidy: one <see cref="TidyValue"/> per section, row
/// and column, rows named by "/"-joined paths as the cells are. Every shape has the same rows whatever the group
/// holds, so that dashboards and CSV consumers see stable columns.
/// </summary>
public static partial class RollupShapes
{
    public const string Rates = "rates";
    public const string RateColumn = "value";

    private static string Pointer(string section, string row, string column) => $"/{section}/{row}/{column}";

    /// <summary>The cell at (<paramref name="section"/>, <paramref name="row"/>, <paramref name="column"/>) over every format that has it.</summary>
    private static CellSum SumOf(string section, string row, string column) => new([Pointer(section, row, column)]);

    private static TidyValue Count(string section, string row, string column, long value) =>
        new(section, row, column, new RollupValue.Count(value));

    private static TidyValue Rate(string row, long numerator, long denominator) =>
        new(Rates, row, RateColumn, RollupValue.Rate.Of(numerator, denominator));
}
