using Disclosure.Api.Http;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Keys;

public sealed class TownshipKeysAddressValidator : Validator<TownshipKeysAddress>
{
    public TownshipKeysAddressValidator()
    {
        RuleFor(a => a.Code).Must(Parameters.IsTownshipCode)
            .WithErrorCode("invalid-township-code").WithMessage("code must be a 9-digit township code.");
    }
}
