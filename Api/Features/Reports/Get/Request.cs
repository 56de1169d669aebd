using System.ComponentModel.DataAnnotations;
using FastEndpoints;

namespace Disclosure.Api.Features.Reports.Get;

public sealed class Request : ReportAddress
{
    /// <summary>An older revision (1, 2, …); the current one when absent.</summary>
    [QueryParam]
    public int? Revision { get; set; }

    /// <summary>json (default), or text, xlsx, html: the national tables as plain text, a workbook, a page.</summary>
    [QueryParam, RegularExpression("^(json|text|xlsx|html)$")]
    public string? Format { get; set; }
}
