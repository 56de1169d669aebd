using System.Text.Json.Serialization;

namespace Disclosure.Api.Features.Tables;

/// <summary>A cell of a printed table: a heading or label (text), or a figure (value), with its place and merge.</summary>
public sealed class PrintedCellResponse
{
    /// <summary>The grid column it starts in, from 0.</summary>
    public required int Column { get; init; }

    public required int RowSpan { get; init; }

    public required int ColumnSpan { get; init; }

    /// <summary>The printed wording of a heading or label.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    /// <summary>The figure: a count (64-bit), or an amount in 万元 written exactly with up to 6 decimals.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Value { get; init; }

    /// <summary>万元 for an amount; absent for a count.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }

    /// <summary>The JSON Pointer of the figure's cell in a report: /applications/results/disclosed/naturalPerson.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cell { get; init; }
}
