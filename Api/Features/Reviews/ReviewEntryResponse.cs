namespace Disclosure.Api.Features.Reviews;

/// <summary>One change of a report's review state.</summary>
public sealed class ReviewEntryResponse
{
    /// <summary>The revision it was made on.</summary>
    public required int Revision { get; init; }

    /// <summary>accepted, returned, unlocked, withdrawn or resubmitted.</summary>
    public required string Action { get; init; }

    /// <summary>The state it left the report in.</summary>
    public required string State { get; init; }

    /// <summary>Why, as the county said; null for a resubmission and an acceptance without one.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public required string? Reason { get; init; }

    /// <summary>An acceptance although findings were unexplained.</summary>
    public required bool Overrode { get; init; }

    public required DateTime At { get; init; }

    /// <summary>The id of the key that made it (<c>admin</c> for the county's admin key).</summary>
    public required string By { get; init; }
}
