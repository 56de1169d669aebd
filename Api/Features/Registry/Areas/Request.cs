using Disclosure.Api.Http;
using System.ComponentModel.DataAnnotations;

namespace Disclosure.Api.Features.Registry.Areas;

public sealed class Request
{
    [RegularExpression(Parameters.AreaCodePattern)]
    public string Code { get; set; } = "";
}
