namespace Disclosure.Api.Features.Tables;

/// <summary>A row of a printed table.</summary>
public sealed class PrintedRowResponse
{
    /// <summary>caption (a block title of table 二 across the table), header (column headings) or body (labels and figures).</summary>
    public required string Kind { get; init; }

    /// <summary>The cells that start in this row, left to right.</summary>
    public required IReadOnlyList<PrintedCellResponse> Cells { get; init; }
}
