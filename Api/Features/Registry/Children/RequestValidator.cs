using Disclosure.Api.Http;
using Disclosure.Domain.Registry;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Registry.Children;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        RuleFor(r => r.Code).MustBeAreaCode("code");
        RuleFor(r => r.Limit).MustBeLimit(Request.MaxLimit);
        RuleFor(r => r.After).Must(DivisionCode.IsValid).When(r => r.After is not null)
            .WithErrorCode("invalid-after").WithMessage("after must be the code of a unit, as the previous page's next link gives it (411328110).");
    }
}
