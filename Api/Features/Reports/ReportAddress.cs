using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Disclosure.Api.Http;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;

namespace Disclosure.Api.Features.Reports;

/// <summary>A report's natural key in the path: <c>/townships/{code}/reports/{year}</c>.</summary>
public class ReportAddress
{
    /// <summary>The township's 9-digit statistical division code.</summary>
    [RegularExpression(Parameters.TownshipCodePattern)]
    public string Code { get; set; } = "";

    /// <summary>The year reported on.</summary>
    public int Year { get; set; }
}

public sealed class ReportAddressValidator : Validator<ReportAddress>
{
    public ReportAddressValidator()
    {
        RuleFor(a => a.Code).Must(Parameters.IsTownshipCode)
            .WithErrorCode("invalid-township-code").WithMessage("code must be a 9-digit township code.");
    }
}

/// <summary>
/// Binds only the path of a report address. A write's body is the report itself, which the domain's
/// strict reader reads; the framework must not consume it first.
/// </summary>
public sealed class ReportAddressBinder : IRequestBinder<ReportAddress>
{
    public ValueTask<ReportAddress> BindAsync(BinderContext ctx, CancellationToken ct)
    {
        var route = ctx.HttpContext.Request.RouteValues;
        var address = new ReportAddress { Code = route["code"]?.ToString() ?? "" };
        if (int.TryParse(route["year"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            address.Year = year;
        else
            ctx.ValidationFailures.Add(new ValidationFailure("year", "year must be a whole number.") { ErrorCode = "invalid-year" });
        return ValueTask.FromResult(address);
    }
}
