namespace Disclosure.Domain.Quality;

/// <summary>
/// One thing about a township's report the county should look at: its <see cref="Kind"/> (an open list, see
/// <see cref="QualityKinds"/>), a stable code (a rule id, a warning or outlier code, <c>missing</c>, <c>returned</c>),
/// where in the report (a JSON Pointer; null when it is about no cell), and a sentence with the values involved.
/// <see cref="Explanation"/>: for a finding (violation, outlier, warning), the township's explanation in force, null
/// while it is unexplained. <see cref="Reason"/> and <see cref="At"/>: for a returned report, the county's reason and when.
/// </summary>
public sealed record QualityItem(string Kind, string Code, string? Pointer, string Message)
{
    public string? Explanation { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset? At { get; init; }

    /// <summary>A finding that no explanation covers.</summary>
    public bool IsUnexplained => QualityKinds.IsFinding(Kind) && Explanation is null;
}
