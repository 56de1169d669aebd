using System.Globalization;
using FastEndpoints;
using FluentValidation.Results;

namespace Disclosure.Api.Features.Reports;

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
