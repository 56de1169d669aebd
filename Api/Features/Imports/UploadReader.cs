using Disclosure.Api.Problems;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Api.Features.Imports;

/// <summary>
/// Reads an import request's documents: the body itself, or each <c>file</c> part of a <c>multipart/form-data</c>
/// upload, never more than <see cref="ImportOptions.MaxRequestBytes"/> in all (a larger request is refused as soon as
/// that is known: from Content-Length before anything is read, else when the count passes the limit).
/// </summary>
public static class UploadReader
{
    public const string FilePart = "file";

    /// <summary>The documents, and whether they came as a multipart upload; or the problem to answer instead.</summary>
    public sealed record Upload(IReadOnlyList<UploadedDocument> Documents, bool Multipart, ProblemResponse? Problem);

    public static async Task<Upload> ReadAsync(HttpContext http, ImportOptions options, CancellationToken ct)
    {
        var request = http.Request;
        if (request.ContentLength > options.MaxRequestBytes)
            return TooLarge(http, options);

        var contentType = request.ContentType;
        if (contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media)
            && media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
                return BadRequest(http, "The multipart body declares no boundary.");
            return await ReadMultipartAsync(http, boundary, options, ct);
        }

        var body = await ReadBoundedAsync(request.Body, options.MaxRequestBytes, ct);
        if (body is null)
            return TooLarge(http, options);
        if (body.Length == 0)
            return BadRequest(http, "The body is empty: send the document as the body, or as multipart/form-data file parts.");
        return new Upload([new UploadedDocument(null, contentType, body)], Multipart: false, null);
    }

    private static async Task<Upload> ReadMultipartAsync(HttpContext http, string boundary, ImportOptions options, CancellationToken ct)
    {
        var reader = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = options.MaxRequestBytes };
        var documents = new List<UploadedDocument>();
        long total = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data") || HeaderUtilities.RemoveQuotes(disposition.Name).Value != FilePart)
                    continue;
                if (documents.Count == options.MaxFiles)
                    return BadRequest(http, $"The upload carries more than {options.MaxFiles} files (Imports:MaxFiles): send them in several requests.");
                var bytes = await ReadBoundedAsync(section.Body, options.MaxRequestBytes - total, ct);
                if (bytes is null)
                    return TooLarge(http, options);
                total += bytes.Length;
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                documents.Add(new UploadedDocument(name, section.ContentType, bytes));
            }
        }
        catch (InvalidDataException e)
        {
            // MultipartReader's own limits (BodyLengthLimit, header sizes) and a body that is not multipart.
            return e.Message.Contains("exceeded", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(http, options)
                : BadRequest(http, $"The multipart body cannot be read: {e.Message}");
        }
        if (documents.Count == 0)
            return BadRequest(http, $"The multipart body has no '{FilePart}' part.");
        return new Upload(documents, Multipart: true, null);
    }

    /// <summary>The stream's bytes, or null once they pass <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream stream, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Upload TooLarge(HttpContext http, ImportOptions options) =>
        new([], false, ProblemResponses.PayloadTooLarge(http, $"The upload is larger than {options.MaxRequestBytes} bytes (Imports:MaxRequestBytes)."));

    /// <summary>An upload that is not a well-formed request.</summary>
    private static Upload BadRequest(HttpContext http, string detail) =>
        new([], false, ProblemResponses.Create(http, StatusCodes.Status400BadRequest, ProblemTypes.InvalidParameter, "Bad request", detail));
}
