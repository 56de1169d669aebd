namespace Disclosure.Domain.Rollups;

/// <summary>
/// The rollups' shapes, as data: each a list of <see cref="Figure"/>s in the shape of the report, rows named by
/// "/"-joined paths as the cells are.
/// </summary>
public static partial class RollupShapes
{
    public const string Rates = "rates";
    public const string RateColumn = "value";

    private static string Pointer(string section, string row, string column) => $"/{section}/{row}/{column}";

    /// <summary>The cell at (<paramref name="section"/>, <paramref name="row"/>, <paramref name="column"/>) over every format that has it.</summary>
    private static CellSum SumOf(string section, string row, string column) => new([Pointer(section, row, column)]);

    private static Figure Rate(string row, CellSum numerator, CellSum denominator) =>
        Figure.Rate(Rates, row, RateColumn, numerator, denominator);
}
