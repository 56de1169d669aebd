using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Api.Features.Reads;

public enum Representation
{
    Json,
    Csv,
}

/// <summary>
/// Sends read answers: chooses JSON or CSV, tags each answer with the data version, answers 304 to a
/// matching If-None-Match, and reuses a computed answer until the data changes.
/// </summary>
public sealed class ReadAnswers(DataVersion version)
{
    private const int MaxCachedAnswers = 4096;

    private readonly ConcurrentDictionary<string, CachedAnswer> _cache = new(StringComparer.Ordinal);

    private sealed record CachedAnswer(long Version, byte[] Body);

    public static Representation Negotiate(HttpContext http, string? format) => format switch
    {
        "csv" => Representation.Csv,
        "json" => Representation.Json,
        _ => http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
            ? Representation.Csv
            : Representation.Json,
    };

    /// <summary>Sends the answer for <paramref name="key"/>, computing it with <paramref name="produce"/> only when the data changed.</summary>
    public async Task SendAsync(HttpContext http, string key, Representation representation, Func<Representation, CancellationToken, Task<byte[]>> produce, CancellationToken ct)
    {
        var current = version.Value;
        var cacheKey = $"{representation}:{key}";
        if (NotModified(http, cacheKey, current))
        {
            await http.Response.StartAsync(ct);
            return;
        }

        byte[] body;
        if (_cache.TryGetValue(cacheKey, out var cached) && cached.Version == current)
        {
            body = cached.Body;
        }
        else
        {
            body = await produce(representation, ct);
            if (_cache.Count >= MaxCachedAnswers)
                _cache.Clear();
            _cache[cacheKey] = new CachedAnswer(current, body);
        }

        http.Response.ContentType = ContentTypeOf(representation);
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, ct);
    }

    /// <summary>For answers too large to keep (the tidy cells): tagged and conditional, but written as they are produced.</summary>
    public async Task StreamAsync(HttpContext http, string key, Representation representation, Func<Stream, Representation, CancellationToken, Task> write, CancellationToken ct)
    {
        if (NotModified(http, $"{representation}:{key}", version.Value))
        {
            await http.Response.StartAsync(ct);
            return;
        }
        http.Response.ContentType = ContentTypeOf(representation);
        await write(http.Response.Body, representation, ct);
    }

    private static string ContentTypeOf(Representation representation) =>
        representation == Representation.Csv ? Csv.ContentType : "application/json; charset=utf-8";

    private static bool NotModified(HttpContext http, string cacheKey, long dataVersion)
    {
        http.Response.Headers.Vary = "Accept";
        var tag = $"\"{dataVersion}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cacheKey)))[..16]}\"";
        if (!ConditionalGet.NotModified(http, tag))
            return false;
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}
