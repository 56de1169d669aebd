using Disclosure.Api.Http;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Registry.Areas;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        RuleFor(r => r.Code).Must(Parameters.IsAreaCode)
            .WithErrorCode("invalid-area").WithMessage("code " + Parameters.AreaCodeMessage);
    }
}
