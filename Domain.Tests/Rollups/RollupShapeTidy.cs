using Disclosure.Domain.Rollups;

namespace Disclosure.Domain.Tests.Rollups;

/// <summary>A rollup group's figures read as the writers read them (<see cref="RollupShape.Figures"/>, <see cref="RollupFigure.ValueOf"/>), for the tests to look up.</summary>
public static class RollupShapeTidy
{
    /// <summary>The figures of <paramref name="group"/>, tidy: one value per section, row and column.</summary>
    public static IReadOnlyList<TidyValue> Tidy(this RollupShape shape, RollupGroup group) =>
        [.. shape.Figures.Select(figure => new TidyValue(figure.Section, figure.Row, figure.Column, figure.ValueOf(group)))];
}
