using System.Globalization;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Printing;

/// <summary>
/// One cell of a printed table as the national format merges it: it starts at <see cref="Column"/> (from 0) of its
/// row and covers <see cref="RowSpan"/> rows and <see cref="ColumnSpan"/> columns. It prints either
/// <see cref="Text"/> (a heading or a row label) or the value of <see cref="Figure"/>.
/// </summary>
public sealed record PrintedTableCell
{
    private PrintedTableCell(int column, string? text, Cell? figure, int rowSpan, int columnSpan)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowSpan, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columnSpan, 1);
        Column = column;
        Text = text;
        Figure = figure;
        RowSpan = rowSpan;
        ColumnSpan = columnSpan;
    }

    public int Column { get; }

    /// <summary>The printed wording, for a heading or a label; null for a figure.</summary>
    public string? Text { get; }

    /// <summary>The cell whose value is printed here; null for a heading or a label.</summary>
    public Cell? Figure { get; }

    public int RowSpan { get; }

    public int ColumnSpan { get; }

    public static PrintedTableCell Label(int column, string text, int rowSpan = 1, int columnSpan = 1) =>
        new(column, text, null, rowSpan, columnSpan);

    public static PrintedTableCell Of(int column, Cell figure, int columnSpan = 1) =>
        new(column, null, figure, 1, columnSpan);

    /// <summary>
    /// What the cell prints, given a value per cell by <see cref="Cell.Index"/> (one report's, or a sum): its text,
    /// or the figure written exactly (an amount in 万元 with up to 6 decimals, a change with its sign).
    /// </summary>
    public string Print(IReadOnlyList<long> values)
    {
        if (Figure is not { } cell)
            return Text!;
        var value = values[cell.Index];
        return cell.Kind == CellKind.AmountFen ? Amounts.FenToWanText(value) : value.ToString(CultureInfo.InvariantCulture);
    }
}
