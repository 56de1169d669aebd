using System.Globalization;
using Disclosure.Domain.Registry;
using FluentValidation;

namespace Disclosure.Api.Http;

/// <summary>
/// The cursor of a page of reports (<c>after=411328110-2020</c>): the township and year of the last report of the
/// previous page, for the listings ordered by township then year (<c>/reports</c>, <c>/cells</c>).
/// </summary>
public static class ReportCursor
{
    /// <summary>The cursor's shape: a township code, a dash, a year.</summary>
    public const string Pattern = "^" + DivisionCode.TownshipDigits + "-[0-9]{4}$";

    /// <summary>The cursor of the report of <paramref name="townshipCode"/> for <paramref name="year"/>.</summary>
    public static string Of(string townshipCode, int year) => string.Create(CultureInfo.InvariantCulture, $"{townshipCode}-{year}");

    /// <summary>The township and year a cursor names (its shape checked by <see cref="MustBeReportCursor"/>); null for none.</summary>
    public static (string TownshipCode, int Year)? Parse(string? cursor) =>
        cursor is null ? null : (cursor[..9], int.Parse(cursor[10..], CultureInfo.InvariantCulture));

    /// <summary>400 invalid-after when the parameter is given and is not a report's cursor.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeReportCursor<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(Pattern).WithErrorCode("invalid-after")
            .WithMessage("after must be the cursor of a report, as the previous page's next link gives it: township-year (411328110-2020).");
}
