using System.ComponentModel.DataAnnotations;
using Disclosure.Api.Reads;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Features.Completeness;

public sealed class Request : ReadRequest, AreaYearRules.IRequest
{
    [QueryParam, Required]
    public int? Year { get; set; }

    [QueryParam, RegularExpression(DivisionCode.Pattern)]
    public string? Area { get; set; }

    public const string TownshipsList = "townships";
    public const string RemindersList = "reminders";

    /// <summary>The CSV's lines: every township (townships, the default), or only the missing and the late (reminders).</summary>
    [QueryParam, RegularExpression("^(townships|reminders)$")]
    public string? List { get; set; }

    /// <summary>accepted: only the reports the county accepted count; absent: every report that counts.</summary>
    [QueryParam, RegularExpression(ReviewStatus.Pattern)]
    public string? Status { get; set; }
}
