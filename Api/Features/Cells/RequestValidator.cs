using Disclosure.Api.Http;
using Disclosure.Api.Reads;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Cells;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        Include(new AreaYearsRequestValidator());
        RuleFor(r => r.Limit).MustBeLimit(Request.MaxLimit);
        RuleFor(r => r.After).MustBeReportCursor().When(r => r.After is not null);
    }
}
