using System.Text.Json.Serialization;
using Disclosure.Domain.Reviews;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Completeness;

/// <summary>A township whose report is late: publishedAt judged it when the report has one, else firstSubmittedAt.</summary>
public sealed class LateTownshipResponse
{
    public required string TownshipCode { get; init; }
    public required string TownshipName { get; init; }

    /// <summary>Which date judged the report late: publishedAt or firstSubmittedAt.</summary>
    public required string JudgedBy { get; init; }

    /// <summary>The date the township published the report, when the report says; null otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required DateOnly? PublishedAt { get; init; }

    /// <summary>When the report's first revision arrived here (UTC).</summary>
    public required DateTime FirstSubmittedAt { get; init; }

    /// <summary>Where the report stands in the county's review: submitted, accepted or returned.</summary>
    public required string State { get; init; }

    public static string NameOf(JudgedBy judgedBy) => judgedBy == Domain.Rollups.JudgedBy.PublishedAt ? "publishedAt" : "firstSubmittedAt";

    public static LateTownshipResponse From(LateTownship late) => new()
    {
        TownshipCode = late.Code,
        TownshipName = late.Name,
        JudgedBy = NameOf(late.Report.JudgedBy),
        PublishedAt = late.Report.PublishedAt,
        FirstSubmittedAt = late.Report.FirstSubmittedAt.UtcDateTime,
        State = ReviewNames.Of(late.Report.State),
    };
}
