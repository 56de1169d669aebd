using System.ComponentModel.DataAnnotations;
using FastEndpoints;

namespace Disclosure.Api.Reads;

/// <summary>Every read that answers in JSON or tidy CSV takes <c>format</c>; <c>Accept: text/csv</c> works too.</summary>
public class ReadRequest
{
    /// <summary>json (default) or csv.</summary>
    [QueryParam, RegularExpression("^(json|csv)$")]
    public string? Format { get; set; }
}
