using System.ComponentModel.DataAnnotations;
using Disclosure.Api.Http;
using FastEndpoints;

namespace Disclosure.Api.Features.Imports.Upload;

/// <summary>The query of an import; the body is the document itself (or a multipart upload of several).</summary>
public sealed class Request
{
    [QueryParam, RegularExpression(Parameters.TownshipCodePattern)]
    public string? TownshipCode { get; set; }

    [QueryParam]
    public int? Year { get; set; }

    [QueryParam, RegularExpression(Parameters.AreaCodePattern)]
    public string? Area { get; set; }

    [QueryParam]
    public bool? Store { get; set; }

    [QueryParam]
    public string? AcknowledgedRules { get; set; }

    public ImportRequest ToImportRequest() => new(TownshipCode, Year, Area, Store ?? false, ImportRequest.RuleIds(AcknowledgedRules));
}
