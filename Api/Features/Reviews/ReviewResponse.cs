using System.Text.Json.Serialization;
using Disclosure.Api.Features.Explanations;

namespace Disclosure.Api.Features.Reviews;

/// <summary>
/// Where a report stands in the county's review: its state, the last change of it (which revision, what, why, when, by
/// whom; all null for a report that was never reviewed nor resubmitted), and which findings of the revision answered
/// are explained and which are not.
/// </summary>
public sealed class ReviewResponse
{
    /// <summary>submitted, accepted, returned or withdrawn.</summary>
    public required string State { get; init; }

    /// <summary>The revision the last change was made on.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required int? Revision { get; init; }

    /// <summary>The last change: accepted, returned, unlocked, withdrawn (the county's) or resubmitted (a new revision of a returned or withdrawn report).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Action { get; init; }

    /// <summary>Why, as the county said (required for returned, unlocked, withdrawn and an override).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Reason { get; init; }

    /// <summary>The last change was an acceptance although findings were unexplained.</summary>
    public required bool Overrode { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required DateTime? At { get; init; }

    /// <summary>The id of the key that made the change (<c>admin</c> for the county's admin key).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? By { get; init; }

    /// <summary>The explanations in force for the revision answered: the latest of each of its findings.</summary>
    public required IReadOnlyList<ExplanationResponse> Explanations { get; init; }

    /// <summary>The findings of the revision answered that no explanation covers; acceptance needs an override while there are any.</summary>
    public required IReadOnlyList<FindingResponse> Unexplained { get; init; }
}
