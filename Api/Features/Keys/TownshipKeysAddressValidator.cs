using Disclosure.Api.Http;
using FastEndpoints;

namespace Disclosure.Api.Features.Keys;

public sealed class TownshipKeysAddressValidator : Validator<TownshipKeysAddress>
{
    public TownshipKeysAddressValidator() => RuleFor(a => a.Code).MustBeTownshipCode("code");
}
