using System.Text.Json.Nodes;
using Disclosure.Api.Features.Tables;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>
/// What the DTOs of the printed tables cannot say by their types: the kinds of rows and columns are closed sets, and a
/// figure is a JSON number written exactly (an amount's decimals are never passed through a binary float).
/// </summary>
public sealed class PrintedTablesSchemas : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties })
            return;
        if (context.Type == typeof(PrintedRowResponse))
            Closed(properties, "kind", "caption", "header", "body");
        else if (context.Type == typeof(PrintedColumnResponse))
            Closed(properties, "kind", "label", "figure");
        else if (context.Type == typeof(PrintedCellResponse) && properties.TryGetValue("value", out var value) && value is OpenApiSchema number)
        {
            number.Format = null;
            number.Description = "Exact: a count (64-bit), or an amount in 万元 with up to 6 decimals.";
        }
    }

    private static void Closed(IDictionary<string, IOpenApiSchema> properties, string name, params string[] values)
    {
        if (properties.TryGetValue(name, out var property) && property is OpenApiSchema closed)
            closed.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
    }
}
