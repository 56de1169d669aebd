using Disclosure.Api.Http;
using Disclosure.Domain.Validation;
using FluentValidation;

namespace Disclosure.Api.Reads;

/// <summary>
/// The rules of a read of one year of an area: the year is required, from the first year of reports to the last whose
/// deadline (31 January of the next year) is still a date; the area, when given, is a division code.
/// </summary>
public sealed class AreaYearRules : AbstractValidator<AreaYearRules.IRequest>
{
    /// <summary>A request for an area (absent: the country) and one year.</summary>
    public interface IRequest
    {
        string? Area { get; }
        int? Year { get; }
    }

    public AreaYearRules()
    {
        RuleFor(r => r.Year).NotNull().WithErrorCode("missing-year").WithMessage("year is required.");
        RuleFor(r => r.Year).InclusiveBetween(SubmissionChecks.FirstYear, DateTimeOffset.MaxValue.Year - 1).When(r => r.Year is not null)
            .WithErrorCode("invalid-year").WithMessage($"year must be between {SubmissionChecks.FirstYear} and {DateTimeOffset.MaxValue.Year - 1}.");
        RuleFor(r => r.Area).MustBeAreaCode("area").When(r => r.Area is not null);
    }
}
