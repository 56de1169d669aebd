using Disclosure.Api.Http;
using Disclosure.Persistence;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Reports.List;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        RuleFor(r => r.Area).MustBeAreaCode("area").When(r => r.Area is not null);
        RuleFor(r => r.Limit).InclusiveBetween(1, ReportStore.MaxListLimit)
            .WithErrorCode("invalid-limit").WithMessage($"limit must be between 1 and {ReportStore.MaxListLimit}.");
        RuleFor(r => r.After).Matches(Request.AfterPattern).When(r => r.After is not null)
            .WithErrorCode("invalid-after").WithMessage("after must be the cursor of a report, as the previous page's next link gives it: township-year (411328110-2020).");
    }
}
