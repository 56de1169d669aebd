namespace Disclosure.Api.Features.Imports;

/// <summary>One document as it arrived: its file name (when it has one), its declared media type and its bytes.</summary>
public sealed record UploadedDocument(string? FileName, string? ContentType, ReadOnlyMemory<byte> Bytes);
