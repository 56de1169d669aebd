using System.ComponentModel.DataAnnotations;
using Disclosure.Api.Http;
using FastEndpoints;

namespace Disclosure.Api.Features.Registry.Townships;

public sealed class Request
{
    [QueryParam, Required, RegularExpression(Parameters.AreaCodePattern)]
    public string Area { get; set; } = "";
}
