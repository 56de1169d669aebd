using Disclosure.Api.Http;
using FastEndpoints;

namespace Disclosure.Api.Features.Registry.Townships;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator() => RuleFor(r => r.Area).MustBeAreaCode("area");
}
