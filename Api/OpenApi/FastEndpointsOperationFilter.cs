using System.Reflection;
using System.Text.RegularExpressions;
using Disclosure.Api.Problems;
using Disclosure.Api.Security;
using FastEndpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>
/// The bridge between FastEndpoints and Swashbuckle. Swashbuckle sees FastEndpoints' routes through the
/// API explorer but not how they bind, so it invents a body for every request DTO and knows no path or
/// query parameters. This filter reads each endpoint's <see cref="EndpointDefinition"/> instead: route
/// template → path parameters, <see cref="QueryParamAttribute"/> properties → query parameters, bodies
/// only where the endpoint declared one, its summary, descriptions and security.
/// </summary>
public sealed partial class FastEndpointsOperationFilter : IOperationFilter
{
    private static readonly HashSet<string> BodilessVerbs = ["GET", "HEAD", "DELETE", "OPTIONS"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var definition = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().SingleOrDefault();
        if (definition is null)
            return;

        var summary = definition.EndpointSummary;
        operation.Summary = summary?.Summary;
        operation.Description = string.IsNullOrEmpty(summary?.Description) ? null : summary.Description;

        var parameters = new List<IOpenApiParameter>();
        var dtoProperties = PropertiesOf(definition.ReqDtoType);
        foreach (var name in RouteParameters(context.ApiDescription.RelativePath ?? ""))
        {
            var property = dtoProperties.GetValueOrDefault(name);
            parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Description = summary?.Params.GetValueOrDefault(name),
                Schema = SchemaFor(property, context),
            });
        }
        foreach (var (name, property) in dtoProperties.Where(p => p.Value.GetCustomAttribute<QueryParamAttribute>() is not null))
        {
            parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Required = property.GetCustomAttribute<System.ComponentModel.DataAnnotations.RequiredAttribute>() is not null,
                Description = summary?.Params.GetValueOrDefault(name),
                Schema = SchemaFor(property, context),
            });
        }
        operation.Parameters = parameters;

        var method = context.ApiDescription.HttpMethod ?? "GET";
        if (BodilessVerbs.Contains(method.ToUpperInvariant()) || !DeclaresBody(context))
            operation.RequestBody = null;
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DocumentBody>().SingleOrDefault() is { } documents)
            operation.RequestBody = DocumentRequestBody(documents, context);

        if (operation.Responses is { } responses && summary is not null)
        {
            foreach (var (status, response) in responses)
            {
                if (int.TryParse(status, out var code) && summary.Responses.TryGetValue(code, out var text) && response is OpenApiResponse concrete)
                    concrete.Description = text;
            }
        }

        foreach (var header in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ResponseHeaderMetadata>())
        {
            if (operation.Responses is { } all && all.TryGetValue(header.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), out var found)
                && found is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers[header.Name] = new OpenApiHeader
                {
                    Description = header.Description,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }

        // Public operations say so with an empty list (security: []); left out, a reader cannot tell a public
        // operation from one whose security was forgotten.
        var isPublic = definition.AnonymousVerbs is { Length: > 0 };
        operation.Security = isPublic
            ? []
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, context.Document)] = [] }];
        if (!isPublic)
            DescribeThrottle(operation, context);
    }

    /// <summary>Every operation that takes a key answers 429 to an address that presented too many wrong ones.</summary>
    private static void DescribeThrottle(OpenApiOperation operation, OperationFilterContext context)
    {
        const string throttled = "Too many refused API keys from this address (Security:FailedAuthenticationsPerMinute); Retry-After says when to try again.";
        operation.Responses ??= [];
        if (operation.Responses.TryGetValue("429", out var declared) && declared is OpenApiResponse response)
        {
            response.Description = $"{response.Description} Also when this address presented too many refused API keys (Security:FailedAuthenticationsPerMinute).";
        }
        else
        {
            response = new OpenApiResponse
            {
                Description = throttled,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    [ProblemResponses.ContentType] = new OpenApiMediaType
                    {
                        Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemResponse), context.SchemaRepository),
                    },
                },
            };
            operation.Responses["429"] = response;
        }
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers["Retry-After"] = new OpenApiHeader
        {
            Description = "Seconds to wait before trying again.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
        };
    }

    /// <summary>The property's schema with its data annotations (pattern, range) and its default value.</summary>
    private static IOpenApiSchema SchemaFor(PropertyInfo? property, OperationFilterContext context)
    {
        if (property is null)
            return new OpenApiSchema { Type = JsonSchemaType.String };
        var schema = context.SchemaGenerator.GenerateSchema(property.PropertyType, context.SchemaRepository, property, null, null);
        if (schema is OpenApiSchema concrete && property.DeclaringType!.GetConstructor(Type.EmptyTypes) is { } constructor
            && property.GetValue(constructor.Invoke(null)) is { } defaultValue && !Equals(defaultValue, "")
            && (!property.PropertyType.IsValueType || !Equals(defaultValue, Activator.CreateInstance(property.PropertyType))))
        {
            concrete.Default = System.Text.Json.JsonSerializer.SerializeToNode(defaultValue);
        }
        return schema;
    }

    /// <summary>Names in a route template: <c>townships/{code}/reports/{year}</c> → code, year.</summary>
    private static IEnumerable<string> RouteParameters(string template) =>
        RouteParameter().Matches(template).Select(m => m.Groups["name"].Value);

    /// <summary>A request DTO's public properties by the camelCase name they bind from.</summary>
    private static Dictionary<string, PropertyInfo> PropertiesOf(Type? dto) =>
        dto is null || dto == typeof(EmptyRequest)
            ? []
            : dto.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .ToDictionary(p => p.GetCustomAttribute<BindFromAttribute>()?.Name ?? char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);

    /// <summary>A body that is a document of one of several media types (bytes), or a multipart upload of them.</summary>
    private static OpenApiRequestBody DocumentRequestBody(DocumentBody documents, OperationFilterContext context)
    {
        var content = documents.MediaTypes.ToDictionary(type => type, IOpenApiMediaType (_) => new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
        });
        content["multipart/form-data"] = new OpenApiMediaType
        {
            Schema = context.SchemaGenerator.GenerateSchema(documents.Multipart, context.SchemaRepository),
        };
        return new OpenApiRequestBody { Required = true, Description = documents.Description, Content = content };
    }

    /// <summary>Only endpoints that declare what they accept (<c>Accepts&lt;T&gt;</c> in Configure) have a body.</summary>
    private static bool DeclaresBody(OperationFilterContext context) =>
        context.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()
            .Any(a => a.RequestType is not null && a.RequestType != context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().Single().ReqDtoType);

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9_]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
