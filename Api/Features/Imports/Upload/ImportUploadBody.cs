namespace Disclosure.Api.Features.Imports.Upload;

/// <summary>A multipart upload of documents, as OpenAPI shows it.</summary>
public sealed class ImportUploadBody
{
    /// <summary>One or more documents, each a part named 'file' with its own Content-Type.</summary>
    public required IReadOnlyList<IFormFile> File { get; init; }
}
