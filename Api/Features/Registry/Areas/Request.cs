using System.ComponentModel.DataAnnotations;
using Disclosure.Api.Http;

namespace Disclosure.Api.Features.Registry.Areas;

public sealed class Request
{
    [RegularExpression(Parameters.AreaCodePattern)]
    public string Code { get; set; } = "";
}
