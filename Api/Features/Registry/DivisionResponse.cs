using System.Text.Json.Serialization;
using Disclosure.Domain.Registry;

namespace Disclosure.Api.Features.Registry;

/// <summary>One unit of the official division list.</summary>
public sealed class DivisionResponse
{
    public required string Code { get; init; }
    public required string Name { get; init; }

    [JsonConverter(typeof(CamelCaseEnumConverter<DivisionLevel>))]
    public required DivisionLevel Level { get; init; }

    public static DivisionResponse From(Division d) => new() { Code = d.Code, Name = d.Name, Level = d.Level };
}
