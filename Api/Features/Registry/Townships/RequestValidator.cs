using Disclosure.Api.Http;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Registry.Townships;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        RuleFor(r => r.Area).Must(Parameters.IsAreaCode)
            .WithErrorCode("invalid-area").WithMessage("area " + Parameters.AreaCodeMessage);
    }
}
