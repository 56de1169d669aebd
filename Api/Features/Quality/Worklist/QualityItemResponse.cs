using System.Text.Json.Serialization;
using Disclosure.Domain.Quality;

namespace Disclosure.Api.Features.Quality.Worklist;

/// <summary>One thing to look at: a finding (violation, outlier, warning) with the township's explanation or null, a returned report with the county's reason and when, or a missing report.</summary>
public sealed class QualityItemResponse
{
    /// <summary>violation, returned, missing, outlier, warning: an open list.</summary>
    public required string Kind { get; init; }

    /// <summary>A rule id (A1, A2, A3, R1), an outlier's or warning's code, or the kind for returned and missing.</summary>
    public required string Code { get; init; }

    /// <summary>JSON Pointer to the cell it is about ("" the whole report); absent for returned and missing.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Pointer { get; init; }

    public required string Message { get; init; }

    /// <summary>A finding's explanation in force for the report's current revision, as the township gave it; null while unexplained (and for returned and missing).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Explanation { get; init; }

    /// <summary>A returned report: the county's reason.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>A returned report: when the county returned it (UTC).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? At { get; init; }

    public static QualityItemResponse From(QualityItem item) => new()
    {
        Kind = item.Kind,
        Code = item.Code,
        Pointer = item.Pointer,
        Message = item.Message,
        Explanation = item.Explanation,
        Reason = item.Reason,
        At = item.At?.UtcDateTime,
    };
}
