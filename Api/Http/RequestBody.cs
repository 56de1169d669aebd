using System.Buffers;
using System.Runtime.InteropServices;
using Disclosure.Api.Hosting;
using Disclosure.Api.Problems;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Api.Http;

/// <summary>Reads a JSON request body as raw bytes, so the domain's strict reader sees exactly what was sent.</summary>
public static class RequestBody
{
    /// <summary>The body, or the 415 or 413 problem to answer instead.</summary>
    public sealed record Json(byte[]? Bytes, ProblemResponse? Refusal);

    /// <summary>The body, or the 415 or 413 problem to answer instead.</summary>
    public static async Task<Json> ReadJsonAsync(HttpContext http, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var media) || !IsJson(media))
            return Unsupported(http, "Send the report as JSON with Content-Type: application/json.");
        if (http.Request.Headers.ContentEncoding is { Count: > 0 } encoding && !encoding.ToString().Equals("identity", StringComparison.OrdinalIgnoreCase))
            return Unsupported(http, $"The body is sent with Content-Encoding: {encoding}; send it unencoded.");
        // The strict reader reads UTF-8 only: another charset is refused, never read as if it were UTF-8.
        if (HeaderUtilities.RemoveQuotes(media.Charset) is { Length: > 0 } charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return Unsupported(http, $"The body declares charset={charset}; send it in UTF-8 (charset=utf-8, or no charset).");

        var limit = http.RequestServices.GetRequiredService<IOptions<LimitOptions>>().Value.MaxBodyBytes;
        if (http.Request.ContentLength > limit)
            return TooLarge(http, limit);

        // Sized by Content-Length when it is sent (it is within the limit by now), so a report is not read into 16 KB.
        var buffer = new ArrayBufferWriter<byte>(http.Request.ContentLength is > 0 and var length ? (int)length : 16 * 1024);
        var reader = http.Request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(ct);
            foreach (var segment in result.Buffer)
            {
                if (buffer.WrittenCount + segment.Length > limit)
                {
                    reader.AdvanceTo(result.Buffer.End);
                    return TooLarge(http, limit);
                }
                buffer.Write(segment.Span);
            }
            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted) break;
        }
        // Sized by Content-Length, the writer's own array is exactly the body: it is answered as is, not copied again.
        return MemoryMarshal.TryGetArray(buffer.WrittenMemory, out var written) && written.Count == written.Array!.Length
            ? new Json(written.Array, null)
            : new Json(buffer.WrittenSpan.ToArray(), null);
    }

    private static Json TooLarge(HttpContext http, long limit) =>
        new(null, ProblemResponses.PayloadTooLarge(http, $"The body is larger than {limit} bytes (Limits:MaxBodyBytes)."));

    private static Json Unsupported(HttpContext http, string detail) =>
        new(null, ProblemResponses.Create(http, StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType,
            "Unsupported media type", detail));

    private static bool IsJson(MediaTypeHeaderValue media) =>
        media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
}
