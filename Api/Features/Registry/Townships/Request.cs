using System.ComponentModel.DataAnnotations;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Features.Registry.Townships;

public sealed class Request
{
    [QueryParam, Required, RegularExpression(DivisionCode.Pattern)]
    public string Area { get; set; } = "";
}
