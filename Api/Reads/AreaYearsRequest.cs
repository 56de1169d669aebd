using System.ComponentModel.DataAnnotations;
using Disclosure.Api.Http;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Reads;

/// <summary>An area and a range of years: the filter every rollup and the tidy cells take.</summary>
public class AreaYearsRequest : ReadRequest
{
    /// <summary>A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township. None: the nation.</summary>
    [QueryParam, RegularExpression(Parameters.AreaCodePattern)]
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

public sealed class AreaYearsRequestValidator : Validator<AreaYearsRequest>
{
    public AreaYearsRequestValidator()
    {
        Include(new ReadRequestValidator());
        RuleFor(r => r.Area).Must(Parameters.IsAreaCode).When(r => r.Area is not null)
            .WithErrorCode("invalid-area").WithMessage("area " + Parameters.AreaCodeMessage);
        RuleFor(r => r.From).Must((r, from) => from is null || r.To is null || from <= r.To)
            .WithErrorCode("from-after-to").WithMessage("from must not be after to.");
        RuleFor(r => r.Year).Must((r, year) => year is null || (r.From is null && r.To is null))
            .WithErrorCode("year-with-range").WithMessage("Give either year or from/to, not both.");
    }
}
