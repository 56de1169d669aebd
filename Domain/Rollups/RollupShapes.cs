namespace Disclosure.Domain.Rollups;

/// <summary>
/// The rollups' shapes, as data: each a list of <see cref="RollupFigure"/>s in the shape of the report. A figure's section,
/// row path and column, the empty ones left out, are its JSON Pointer inside a group (<c>/applications/results/disclosed/total</c>,
/// <c>/publications/policyInterpretations</c>): the column is always the member that holds the number.
/// </summary>
public static partial class RollupShapes
{
    private static string Pointer(string section, string row, string column) => $"/{section}/{row}/{column}";

    /// <summary>The cell at (<paramref name="section"/>, <paramref name="row"/>, <paramref name="column"/>) over every format that has it.</summary>
    private static CellSum SumOf(string section, string row, string column) => new([Pointer(section, row, column)]);
}
