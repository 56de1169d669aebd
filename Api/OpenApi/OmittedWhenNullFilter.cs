using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>
/// A property marked <c>[JsonIgnore(Condition = WhenWritingNull)]</c> is left out of the answer rather than
/// written as null, so its schema is not nullable: it is simply not required.
/// </summary>
public sealed class OmittedWhenNullFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties })
            return;
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition != JsonIgnoreCondition.WhenWritingNull)
                continue;
            if (properties.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(property.Name), out var found) && found is OpenApiSchema member && member.Type is { } type)
                member.Type = type & ~JsonSchemaType.Null;
        }
    }
}
