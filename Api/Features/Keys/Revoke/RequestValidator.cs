using Disclosure.Api.Http;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Keys.Revoke;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        RuleFor(r => r.Code).Must(Parameters.IsTownshipCode)
            .WithErrorCode("invalid-township-code").WithMessage("code must be a 9-digit township code.");
    }
}
