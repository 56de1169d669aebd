using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Disclosure.Api.Http;
using Disclosure.Domain.Registry;
using Disclosure.Persistence;
using FastEndpoints;

namespace Disclosure.Api.Features.Reports.List;

public sealed class Request
{
    /// <summary>Reports per answer when the request does not say.</summary>
    public const int DefaultLimit = 100;

    [QueryParam, RegularExpression(DivisionCode.Pattern)]
    public string? Area { get; set; }

    [QueryParam]
    public int? Year { get; set; }

    [QueryParam]
    public bool? Flagged { get; set; }

    /// <summary>The most reports in this answer, 1 to 1000.</summary>
    [QueryParam, Range(1, ReportStore.MaxListLimit)]
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Continue after this report (township-year): the cursor in the previous page's <c>next</c> link.</summary>
    [QueryParam, RegularExpression(ReportCursor.Pattern)]
    public string? After { get; set; }

    /// <summary>The township and year of <see cref="After"/> (the validator has checked its shape).</summary>
    public (string TownshipCode, int Year)? AfterReport() => ReportCursor.Parse(After);

    /// <summary>This query, normalised, continuing after the report of <paramref name="townshipCode"/> for <paramref name="year"/>.</summary>
    public string Link(string path, string townshipCode, int year)
    {
        var parameters = new List<string>();
        if (Area is not null) parameters.Add($"area={Area}");
        if (Year is { } y) parameters.Add(string.Create(CultureInfo.InvariantCulture, $"year={y}"));
        if (Flagged is { } flagged) parameters.Add(flagged ? "flagged=true" : "flagged=false");
        parameters.Add(string.Create(CultureInfo.InvariantCulture, $"limit={Limit}"));
        parameters.Add($"after={ReportCursor.Of(townshipCode, year)}");
        return path + "?" + string.Join('&', parameters);
    }
}
