using Disclosure.Api.Http;
using Disclosure.Api.Reads;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Quality.Worklist;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        Include(new ReadRequestValidator());
        Include(new AreaYearRules());
        RuleFor(r => r.Limit).MustBeLimit(Request.MaxLimit);
        RuleFor(r => r.After).Matches(Request.AfterPattern).When(r => r.After is not null)
            .WithErrorCode("invalid-after").WithMessage("after must be the cursor of a township, as the previous page's next link gives it: tier-items-township (unexplained-3-411328110).");
    }
}
