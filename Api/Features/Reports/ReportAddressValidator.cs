using Disclosure.Api.Http;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Reports;

public sealed class ReportAddressValidator : Validator<ReportAddress>
{
    public ReportAddressValidator()
    {
        RuleFor(a => a.Code).Must(Parameters.IsTownshipCode)
            .WithErrorCode("invalid-township-code").WithMessage("code must be a 9-digit township code.");
    }
}
