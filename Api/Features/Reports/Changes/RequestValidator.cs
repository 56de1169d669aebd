using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Reports.Changes;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        Include(new ReportAddressValidator());
        RuleFor(r => r.From).Must(from => from is null or >= 1)
            .WithErrorCode("invalid-revision").WithMessage("from must be a revision number, 1 or more.");
        RuleFor(r => r.To).Must(to => to is null or >= 1)
            .WithErrorCode("invalid-revision").WithMessage("to must be a revision number, 1 or more.");
        RuleFor(r => r.Against).Must(against => against is null or Request.PreviousYear)
            .WithErrorCode("invalid-against").WithMessage("against must be previousYear.");
        RuleFor(r => r.Against).Must((r, against) => against is null || r.From is null)
            .WithErrorCode("against-with-from")
            .WithMessage("Give either from (an earlier revision of this year's report) or against=previousYear (the year before's report), not both.");
        RuleFor(r => r.Format).Must(f => f is null or "json" or "csv")
            .WithErrorCode("invalid-format").WithMessage("format must be json or csv.");
    }
}
