using System.ComponentModel.DataAnnotations;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Features.Imports.Upload;

/// <summary>The query of an import; the body is the document itself (or a multipart upload of several).</summary>
public sealed class Request
{
    [QueryParam, RegularExpression(DivisionCode.TownshipPattern)]
    public string? TownshipCode { get; set; }

    [QueryParam]
    public int? Year { get; set; }

    [QueryParam, RegularExpression(DivisionCode.Pattern)]
    public string? Area { get; set; }

    [QueryParam]
    public bool? Store { get; set; }

    [QueryParam]
    public string? AcknowledgedRules { get; set; }

    public ImportRequest ToImportRequest() => new(TownshipCode, Year, Area, Store ?? false, ImportRequest.RuleIds(AcknowledgedRules));
}
