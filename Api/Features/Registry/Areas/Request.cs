using System.ComponentModel.DataAnnotations;
using Disclosure.Domain.Registry;

namespace Disclosure.Api.Features.Registry.Areas;

public sealed class Request
{
    [RegularExpression(DivisionCode.Pattern)]
    public string Code { get; set; } = "";
}
