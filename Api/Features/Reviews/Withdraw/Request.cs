using Disclosure.Api.Features.Reports;
using Disclosure.Domain.Reviews;
using FastEndpoints;

namespace Disclosure.Api.Features.Reviews.Withdraw;

public sealed class Request : ReportAddress
{
    /// <summary>Why the report is withdrawn.</summary>
    [QueryParam]
    [System.ComponentModel.DataAnnotations.Required]
    [System.ComponentModel.DataAnnotations.MaxLength(ReviewRules.MaxTextLength)]
    public string? Reason { get; set; }

    /// <summary>The revision the county read; when given, it must be the current one.</summary>
    [QueryParam]
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int? Revision { get; set; }
}
