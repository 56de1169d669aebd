using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Reads;

public sealed class ReadRequestValidator : Validator<ReadRequest>
{
    public ReadRequestValidator()
    {
        RuleFor(r => r.Format).Must(f => f is null or "json" or "csv")
            .WithErrorCode("invalid-format").WithMessage("format must be json or csv.");
    }
}
