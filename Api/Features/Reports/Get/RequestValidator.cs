using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Reports.Get;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        Include(new ReportAddressValidator());
        RuleFor(r => r.Revision).Must(revision => revision is null or >= 1)
            .WithErrorCode("invalid-revision").WithMessage("revision must be 1 or more.");
        RuleFor(r => r.Format).Must(f => f is null or "json" or "text" or "xlsx" or "html")
            .WithErrorCode("invalid-format").WithMessage("format must be json, text, xlsx or html.");
    }
}
