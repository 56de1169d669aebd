using System.Text.Json.Nodes;
using Disclosure.Api.Features.Explanations;
using Disclosure.Api.Features.Reviews;
using Disclosure.Api.Features.Reviews.Decide;
using Disclosure.Domain.Reviews;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>The review answers' and bodies' names as enums, spelled by <see cref="ReviewNames"/>; a decision's override optional, false by default.</summary>
public sealed class ReviewSchemas : ISchemaFilter
{
    private static readonly IReadOnlyList<string> States = [.. Enum.GetValues<ReviewState>().Select(ReviewNames.Of)];
    private static readonly IReadOnlyList<string> Actions = [.. Enum.GetValues<ReviewAction>().Select(ReviewNames.Of)];
    private static readonly IReadOnlyList<string> Kinds = [.. Enum.GetValues<FindingKind>().Select(ReviewNames.Of)];

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties } concrete)
            return;
        if (context.Type == typeof(ReviewResponse))
            Names(properties, ("state", States), ("action", Actions));
        else if (context.Type == typeof(ReviewEntryResponse))
            Names(properties, ("state", States), ("action", Actions));
        else if (context.Type == typeof(ReviewHistoryResponse))
            Names(properties, ("state", States));
        else if (context.Type == typeof(FindingResponse))
            Names(properties, ("kind", Kinds));
        else if (context.Type == typeof(DecisionBody))
        {
            Names(properties, ("decision", DecisionBody.Decisions.Select(ReviewNames.Of).ToList()));
            concrete.Required?.Remove("override");
            if (properties["override"] is OpenApiSchema overrides)
                overrides.Default = JsonValue.Create(false);
        }
    }

    private static void Names(IDictionary<string, IOpenApiSchema> properties, params (string Property, IReadOnlyList<string> Names)[] members)
    {
        foreach (var (property, names) in members)
        {
            if (properties[property] is OpenApiSchema member)
                member.Enum = [.. names.Select(n => (JsonNode)JsonValue.Create(n))];
        }
    }
}
