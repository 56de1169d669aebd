using Disclosure.Api.Http;
using Disclosure.Api.Reads;
using Disclosure.Domain.Validation;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Tables.Get;

public sealed class TablesRequestValidator : Validator<TablesRequest>
{
    public TablesRequestValidator()
    {
        RuleFor(r => r.Year).NotNull().WithErrorCode("missing-year").WithMessage("year is required.");
        RuleFor(r => r.Year).InclusiveBetween(SubmissionChecks.FirstYear, DateTimeOffset.MaxValue.Year - 1).When(r => r.Year is not null)
            .WithErrorCode("invalid-year").WithMessage($"year must be between {SubmissionChecks.FirstYear} and {DateTimeOffset.MaxValue.Year - 1}.");
        RuleFor(r => r.Area).Must(Parameters.IsAreaCode).When(r => r.Area is not null)
            .WithErrorCode("invalid-area").WithMessage("area " + Parameters.AreaCodeMessage);
        RuleFor(r => r.Status).MustBeReviewStatus();
        RuleFor(r => r.Format).Must(f => f is null or "json" or "xlsx" or "html")
            .WithErrorCode("invalid-format").WithMessage("format must be json, xlsx or html.");
    }
}
