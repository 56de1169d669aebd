using Disclosure.Api.Http;
using FastEndpoints;

namespace Disclosure.Api.Features.Reports;

public sealed class ReportAddressValidator : Validator<ReportAddress>
{
    public ReportAddressValidator() => RuleFor(a => a.Code).MustBeTownshipCode("code");
}
