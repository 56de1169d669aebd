namespace Disclosure.Api.Features.Tables;

/// <summary>
/// One table as printed: a grid of columns, rows of cells that start in them (a cell merged down from a row above is
/// not repeated), as an HTML table lays out its td elements.
/// </summary>
public sealed class PrintedTableResponse
{
    /// <summary>二, 三 or 四.</summary>
    public required string Number { get; init; }

    public required string Title { get; init; }

    /// <summary>The heading printed above the table: 三、收到和处理政府信息公开申请情况.</summary>
    public required string Heading { get; init; }

    /// <summary>How many rows of headings come before the first row of figures.</summary>
    public required int HeaderRows { get; init; }

    /// <summary>The grid's columns, left to right.</summary>
    public required IReadOnlyList<PrintedColumnResponse> Columns { get; init; }

    public required IReadOnlyList<PrintedRowResponse> Rows { get; init; }
}
