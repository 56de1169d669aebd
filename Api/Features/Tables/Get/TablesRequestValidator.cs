using Disclosure.Api.Reads;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Tables.Get;

public sealed class TablesRequestValidator : Validator<TablesRequest>
{
    public TablesRequestValidator()
    {
        Include(new AreaYearRules());
        RuleFor(r => r.Status).MustBeReviewStatus();
        RuleFor(r => r.Format).Must(f => f is null or "json" or "xlsx" or "html")
            .WithErrorCode("invalid-format").WithMessage("format must be json, xlsx or html.");
    }
}
