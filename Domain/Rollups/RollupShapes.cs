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

    /// <summary>The sum of the cell at <paramref name="pointer"/> over every format of the group that has it.</summary>
    private static long Sum(RollupGroup group, string pointer)
    {
        long sum = 0;
        foreach (var (formatId, sums) in group.ByFormat)
        {
            if (ReportFormats.Find(formatId)?.FindCell(pointer) is { } cell)
                sum = checked(sum + sums[cell.Index]);
        }
        return sum;
    }

    /// <summary>The sum of the cell at <paramref name="pointer"/> over the group's reports in <paramref name="format"/>; 0 when none.</summary>
    private static long Sum(RollupGroup group, ReportFormat format, string pointer) =>
        group.ByFormat.TryGetValue(format.Id, out var sums) ? sums[format.Cell(pointer).Index] : 0;

    private static long SumAll(RollupGroup group, IEnumerable<string> pointers) =>
        pointers.Aggregate(0L, (sum, pointer) => checked(sum + Sum(group, pointer)));

    private static string Pointer(string section, string row, string column) => $"/{section}/{row}/{column}";

    private static TidyValue Count(string section, string row, string column, long value) =>
        new(section, row, column, new RollupValue.Count(value));

    private static TidyValue Rate(string row, long numerator, long denominator) =>
        new(Rates, row, RateColumn, RollupValue.Rate.Of(numerator, denominator));
}
