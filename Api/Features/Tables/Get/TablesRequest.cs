using System.ComponentModel.DataAnnotations;
using Disclosure.Api.Reads;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Features.Tables.Get;

public sealed class TablesRequest : AreaYearRules.IRequest
{
    /// <summary>A division code prefix of 2, 4, 6 or 9 digits; absent for the whole country.</summary>
    [QueryParam, RegularExpression(DivisionCode.Pattern)]
    public string? Area { get; set; }

    [QueryParam, Required]
    public int? Year { get; set; }

    [QueryParam]
    public bool ExcludeFlagged { get; set; }

    /// <summary>accepted: only the reports the county accepted; absent: every report that counts.</summary>
    [QueryParam, RegularExpression(ReviewStatus.Pattern)]
    public string? Status { get; set; }

    /// <summary>json (default), xlsx or html.</summary>
    [QueryParam, RegularExpression("^(json|xlsx|html)$")]
    public string? Format { get; set; }
}
