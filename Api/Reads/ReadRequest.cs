using System.ComponentModel.DataAnnotations;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Reads;

/// <summary>Every read that answers in JSON or tidy CSV takes <c>format</c>; <c>Accept: text/csv</c> works too.</summary>
public class ReadRequest
{
    /// <summary>json (default) or csv.</summary>
    [QueryParam, RegularExpression("^(json|csv)$")]
    public string? Format { get; set; }
}

public sealed class ReadRequestValidator : Validator<ReadRequest>
{
    public ReadRequestValidator()
    {
        RuleFor(r => r.Format).Must(f => f is null or "json" or "csv")
            .WithErrorCode("invalid-format").WithMessage("format must be json or csv.");
    }
}
