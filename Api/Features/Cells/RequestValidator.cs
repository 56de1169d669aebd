using Disclosure.Api.Reads;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Cells;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        Include(new AreaYearsRequestValidator());
        RuleFor(r => r.Limit).InclusiveBetween(1, Request.MaxLimit)
            .WithErrorCode("invalid-limit").WithMessage($"limit must be between 1 and {Request.MaxLimit}.");
        RuleFor(r => r.After).Matches(Request.AfterPattern).When(r => r.After is not null)
            .WithErrorCode("invalid-after").WithMessage("after must be the cursor of a report, as the previous page's next link gives it: township-year (411328110-2020).");
    }
}
