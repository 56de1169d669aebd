using System.ComponentModel.DataAnnotations;
using Disclosure.Domain.Registry;

namespace Disclosure.Api.Features.Keys;

/// <summary>A township's keys in the path: <c>/townships/{code}/keys</c>.</summary>
public class TownshipKeysAddress
{
    /// <summary>The township's 9-digit statistical division code.</summary>
    [RegularExpression(DivisionCode.TownshipPattern)]
    public string Code { get; set; } = "";
}
