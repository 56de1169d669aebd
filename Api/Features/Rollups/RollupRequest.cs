using System.ComponentModel.DataAnnotations;
using Disclosure.Api.Reads;
using Disclosure.Domain.Rollups;
using FastEndpoints;

namespace Disclosure.Api.Features.Rollups;

/// <summary>The filters, grouping and page every rollup takes.</summary>
public class RollupRequest : AreaYearsRequest
{
    /// <summary>
    /// Groups per answer when the request does not say. Sized from the latency budget, so that a first (uncached) page
    /// of the costliest rollups (the country by township or city over ten years, ten rows read per group; a province's
    /// table 三 as CSV) answers within it: docs/PERFORMANCE.md, item 13. A province by county for a year, or a county
    /// by township over a few years, fits in one page.
    /// </summary>
    public const int DefaultLimit = 250;

    /// <summary>The most groups one answer may hold (an answer grows with its groups: docs/PERFORMANCE.md, item 14).</summary>
    public const int MaxLimit = 10000;

    /// <summary>Comma list of year, province, city, county, township.</summary>
    [QueryParam, RegularExpression(GroupByPattern)]
    public string? GroupBy { get; set; }

    [QueryParam]
    public bool ExcludeFlagged { get; set; }

    /// <summary>accepted: only the reports the county accepted; absent: every report that counts.</summary>
    [QueryParam, RegularExpression(ReviewStatus.Pattern)]
    public string? Status { get; set; }

    /// <summary>The most groups in this answer, 1 to 10000.</summary>
    [QueryParam, Range(1, MaxLimit)]
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Continue after this group: the cursor in the previous page's <c>next</c> link.</summary>
    [QueryParam, RegularExpression(AfterPattern)]
    public string? After { get; set; }

    public const string GroupByPattern = "^((year|province|city|county|township)(,(year|province|city|county|township))*)?$";
    public const string AfterPattern = "^[0-9]+(-[0-9]+)?$";

    public static readonly IReadOnlyDictionary<string, GroupLevel> GroupNames = new Dictionary<string, GroupLevel>(StringComparer.Ordinal)
    {
        ["year"] = GroupLevel.Year,
        ["province"] = GroupLevel.Province,
        ["city"] = GroupLevel.City,
        ["county"] = GroupLevel.County,
        ["township"] = GroupLevel.Township,
    };

    public IReadOnlyList<GroupLevel> GroupLevels() =>
        string.IsNullOrEmpty(GroupBy)
            ? []
            : GroupBy.Split(',').Select(name => GroupNames[name]).Distinct().Order().ToList();

    public RollupFilter ToFilter() => new(Area, FirstYear, LastYear, GroupLevels(), ExcludeFlagged, ReviewStatus.IsAcceptedOnly(Status));

    /// <summary>The page asked for (the validator has made sure that <see cref="After"/> fits the grouping).</summary>
    public GroupPage ToPage(RollupFilter filter) =>
        new(Limit, After is null ? null : RollupKey.FromCursor(After, filter));

    /// <summary>The query as the cache and ETag see it: every parameter, normalised.</summary>
    public string CacheKey(string path) => path + Query(After);

    /// <summary>The link to the page after the group <paramref name="last"/>: this query, normalised, continuing after it.</summary>
    public string NextLink(string path, RollupKey last, Representation representation) =>
        path + Query(last.ToCursor()) + (representation == Representation.Csv ? "&format=csv" : "");

    private string Query(string? after) => AreaYearsQuery.Of(this, Filters(), Limit, after);

    private IEnumerable<string> Filters()
    {
        var groupBy = GroupLevels();
        if (groupBy.Count > 0) yield return "groupBy=" + string.Join(',', groupBy.Select(RollupWriter.NameOf));
        if (ExcludeFlagged) yield return "excludeFlagged=true";
        if (ReviewStatus.IsAcceptedOnly(Status)) yield return $"status={ReviewStatus.Accepted}";
    }
}
