using Disclosure.Api.Http;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Registry.Search;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        RuleFor(r => r.Q).Must(q => q is { Length: >= 1 and <= Request.MaxQueryLength } && !string.IsNullOrWhiteSpace(q))
            .WithErrorCode("invalid-q")
            .WithMessage($"q must be a part of an area's name (唐河) or a code prefix (4113): 1 to {Request.MaxQueryLength} characters, not only spaces.");
        RuleFor(r => r.Limit).MustBeLimit(Request.MaxLimit);
        RuleFor(r => r.After).Matches(Request.AfterPattern).When(r => r.After is not null)
            .WithErrorCode("invalid-after").WithMessage("after must be the cursor of an area, as the previous page's next link gives it: match-code (nameContains-411328110).");
    }
}
