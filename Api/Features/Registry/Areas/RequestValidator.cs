using Disclosure.Api.Http;
using FastEndpoints;

namespace Disclosure.Api.Features.Registry.Areas;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator() => RuleFor(r => r.Code).MustBeAreaCode("code");
}
