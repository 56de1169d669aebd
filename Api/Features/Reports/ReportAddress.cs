using System.ComponentModel.DataAnnotations;
using Disclosure.Domain.Registry;

namespace Disclosure.Api.Features.Reports;

/// <summary>A report's natural key in the path: <c>/townships/{code}/reports/{year}</c>.</summary>
public class ReportAddress
{
    /// <summary>The township's 9-digit statistical division code.</summary>
    [RegularExpression(DivisionCode.TownshipPattern)]
    public string Code { get; set; } = "";

    /// <summary>The year reported on.</summary>
    public int Year { get; set; }
}
