using System.ComponentModel.DataAnnotations;
using Disclosure.Api.Features.Rollups;
using Disclosure.Api.Http;
using Disclosure.Api.Reads;
using Disclosure.Persistence.Rollups;
using FastEndpoints;

namespace Disclosure.Api.Features.Cells;

public sealed class Request : AreaYearsRequest
{
    /// <summary>Reports per answer when the request does not say: about 50,000 cells.</summary>
    public const int DefaultLimit = 250;

    /// <summary>The most reports one answer may hold: what a page holds in memory while a client reads it.</summary>
    public const int MaxLimit = 2000;

    /// <summary>The most reports whose cells this answer holds, 1 to 2000.</summary>
    [QueryParam, Range(1, MaxLimit)]
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Continue after this report (township-year): the cursor in the previous page's <c>next</c> link.</summary>
    [QueryParam, RegularExpression(ReportCursor.Pattern)]
    public string? After { get; set; }

    /// <summary>The township and year of <see cref="After"/> (the validator has checked its shape).</summary>
    public (string TownshipCode, int Year)? AfterReport() => ReportCursor.Parse(After);

    public static string Cursor(CurrentValues report) => ReportCursor.Of(report.TownshipCode, report.Year);

    /// <summary>This query, normalised, continuing after <paramref name="after"/>: the next link, and the key of the answer's tag.</summary>
    public string Link(string path, string? after, Representation representation) =>
        path + AreaYearsQuery.Of(this, [], Limit, after) + (representation == Representation.Csv ? "&format=csv" : "");
}
