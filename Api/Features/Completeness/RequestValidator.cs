using Disclosure.Api.Reads;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Completeness;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        Include(new ReadRequestValidator());
        Include(new AreaYearRules());
        RuleFor(r => r.List).Must(list => list is Request.TownshipsList or Request.RemindersList).When(r => r.List is not null)
            .WithErrorCode("invalid-list").WithMessage("list must be townships (every township-level unit) or reminders (the missing, the late and the returned).");
        RuleFor(r => r.Status).MustBeReviewStatus();
    }
}
