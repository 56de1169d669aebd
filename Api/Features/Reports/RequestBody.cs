using System.Buffers;
using Disclosure.Api.Problems;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Api.Features.Reports;

/// <summary>Reads a JSON request body as raw bytes, so the domain's strict reader sees exactly what was sent.</summary>
public static class RequestBody
{
    public const int DefaultLimitBytes = 1024 * 1024;

    /// <summary>The body, or null after a 415 or 413 problem has been sent.</summary>
    public static async Task<byte[]?> ReadJsonAsync(HttpContext http, CancellationToken ct)
    {
        if (!IsJson(http.Request.ContentType))
        {
            await ProblemResponses.SendAsync(http, StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType,
                "Unsupported media type", "Send the report as JSON with Content-Type: application/json.", ct: ct);
            return null;
        }

        const int limit = DefaultLimitBytes;
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        var reader = http.Request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(ct);
            foreach (var segment in result.Buffer)
            {
                if (buffer.WrittenCount + segment.Length > limit)
                {
                    reader.AdvanceTo(result.Buffer.End);
                    await ProblemResponses.SendAsync(http, StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge,
                        "Payload too large", $"The body is larger than {limit} bytes.", ct: ct);
                    return null;
                }
                buffer.Write(segment.Span);
            }
            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted) break;
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}
