namespace Disclosure.Api.Features.Tables;

/// <summary>A column of a table's grid.</summary>
public sealed class PrintedColumnResponse
{
    /// <summary>label (row labels) or figure.</summary>
    public required string Kind { get; init; }
}
