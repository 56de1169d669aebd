using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Disclosure.Api.OpenApi;

/// <summary>An operation's answer of one status in one media type, where the filters put their schemas and examples.</summary>
internal static class OperationMedia
{
    /// <summary>The <paramref name="mediaType"/> content of the operation's <paramref name="status"/> answer; null when it has none.</summary>
    public static OpenApiMediaType? Of(OpenApiOperation operation, string status, string mediaType) =>
        operation.Responses is { } responses && responses.TryGetValue(status, out var response)
        && response.Content is { } content && content.TryGetValue(mediaType, out var media)
            ? media as OpenApiMediaType
            : null;

    /// <summary>Shows <paramref name="json"/> as the example of that content, when the operation has it.</summary>
    public static void SetExample(OpenApiOperation operation, string status, string mediaType, string json)
    {
        if (Of(operation, status, mediaType) is { } media)
            media.Example = JsonNode.Parse(json);
    }
}
