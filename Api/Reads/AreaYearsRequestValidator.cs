using Disclosure.Api.Http;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Reads;

public sealed class AreaYearsRequestValidator : Validator<AreaYearsRequest>
{
    public AreaYearsRequestValidator()
    {
        Include(new ReadRequestValidator());
        RuleFor(r => r.Area).MustBeAreaCode("area").When(r => r.Area is not null);
        RuleFor(r => r.From).Must((r, from) => from is null || r.To is null || from <= r.To)
            .WithErrorCode("from-after-to").WithMessage("from must not be after to.");
        RuleFor(r => r.Year).Must((r, year) => year is null || (r.From is null && r.To is null))
            .WithErrorCode("year-with-range").WithMessage("Give either year or from/to, not both.");
    }
}
