namespace Disclosure.Domain.Rollups;

/// <summary>
/// The figures of one rollup, in the shape of the report: the same figures in the same order for every group,
/// whatever it holds, so that dashboards and CSV consumers see stable columns. The values of one JSON object are
/// listed together (a row's columns, a section's rows).
/// </summary>
public sealed class RollupShape(IReadOnlyList<RollupFigure> figures)
{
    public IReadOnlyList<RollupFigure> Figures { get; } = figures;
}
