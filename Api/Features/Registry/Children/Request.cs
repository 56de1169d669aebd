using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Features.Registry.Children;

public sealed class Request
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    [RegularExpression(DivisionCode.Pattern)]
    public string Code { get; set; } = "";

    /// <summary>The most units this answer holds, 1 to 1000.</summary>
    [QueryParam, Range(1, MaxLimit)]
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Continue after this unit: the code in the previous page's <c>next</c> link.</summary>
    [QueryParam, RegularExpression(DivisionCode.Pattern)]
    public string? After { get; set; }

    /// <summary>This request, normalised, continuing after <paramref name="after"/>: the next link.</summary>
    public string Link(string path, string after) => string.Create(CultureInfo.InvariantCulture, $"{path}?limit={Limit}&after={after}");
}
