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
        RuleFor(r => r.Limit).MustBeLimit(ReportStore.MaxListLimit);
        RuleFor(r => r.After).MustBeReportCursor().When(r => r.After is not null);
    }
}
