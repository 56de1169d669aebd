using System.ComponentModel.DataAnnotations;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Reads;

/// <summary>An area and a range of years: the filter every rollup and the tidy cells take.</summary>
public class AreaYearsRequest : ReadRequest
{
    /// <summary>A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township. None: the nation.</summary>
    [QueryParam, RegularExpression(DivisionCode.Pattern)]
    public string? Area { get; set; }

    [QueryParam]
    public int? From { get; set; }

    [QueryParam]
    public int? To { get; set; }

    [QueryParam]
    public int? Year { get; set; }

    /// <summary>The first year asked for: <see cref="Year"/>, else <see cref="From"/>.</summary>
    public int? FirstYear => Year ?? From;

    /// <summary>The last year asked for: <see cref="Year"/>, else <see cref="To"/>.</summary>
    public int? LastYear => Year ?? To;
}
