using Disclosure.Api.Features.Reports;
using Disclosure.Domain.Reviews;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Reviews.Withdraw;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        Include(new ReportAddressValidator());
        RuleFor(r => r.Reason).Must(reason => !string.IsNullOrWhiteSpace(reason))
            .WithErrorCode(Decide.DecisionBody.ReasonRequired).WithMessage("reason is required: say why the report is withdrawn.");
        RuleFor(r => r.Reason).Must(reason => reason is null || reason.Length <= ReviewRules.MaxTextLength)
            .WithErrorCode("text-too-long").WithMessage($"reason has at most {ReviewRules.MaxTextLength} characters.");
        RuleFor(r => r.Reason).Must(reason => reason is null || !reason.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            .WithErrorCode("invalid-character").WithMessage("reason has a control character.");
        RuleFor(r => r.Revision).Must(revision => revision is null or >= 1)
            .WithErrorCode("invalid-revision").WithMessage("revision must be 1 or more.");
    }
}
