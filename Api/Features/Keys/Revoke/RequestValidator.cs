using FastEndpoints;

namespace Disclosure.Api.Features.Keys.Revoke;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator() => Include(new TownshipKeysAddressValidator());
}
