using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>
/// Paths and schemas in a fixed order, so the generated document is byte-for-byte repeatable; and no
/// schemas for request DTOs, which bind from the path and query (described as parameters), never a body.
/// </summary>
public sealed class StableOrder : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var requestDtos = context.ApiDescriptions
            .SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<FastEndpoints.EndpointDefinition>())
            .Select(d => d.ReqDtoType)
            .Distinct();
        foreach (var dto in requestDtos)
        {
            if (context.SchemaRepository.TryLookupByType(dto, out var reference) && reference.Reference.Id is { } id)
                document.Components?.Schemas?.Remove(id);
        }

        var sorted = document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        document.Paths.Clear();
        foreach (var (path, item) in sorted)
            document.Paths.Add(path, item);

        if (document.Components?.Schemas is { } schemas)
        {
            var ordered = schemas.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
            schemas.Clear();
            foreach (var (name, schema) in ordered)
                schemas.Add(name, schema);
        }
    }
}
