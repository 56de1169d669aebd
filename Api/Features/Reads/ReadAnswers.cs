using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Api.Features.Reads;

public enum Representation
{
    Json,
    Csv,
}

/// <summary>A computed answer: its bytes, and the link to the next page when it is one page of several.</summary>
public sealed record ReadBody(byte[] Bytes, string? Next = null);

/// <summary>
/// Sends read answers: chooses JSON or CSV, tags each answer with the data version, answers 304 to a
/// matching If-None-Match, and reuses a computed answer until the data changes. An answer is computed once
/// however many clients ask for it at the same moment, and kept compressed too (gzip, brotli), because
/// rollups over a province run to megabytes and dashboards poll them.
/// </summary>
public sealed class ReadAnswers(DataVersion version)
{
    /// <summary>The cache holds at most this many bytes of answers (uncompressed and compressed together).</summary>
    private const long MaxCachedBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Lazy<Task<Answer>>> _cache = new(StringComparer.Ordinal);
    private long _cachedBytes;

    /// <summary>One computed answer; each compressed form is made when first asked for, then kept.</summary>
    private sealed class Answer(long dataVersion, ReadBody read)
    {

        private readonly Lazy<byte[]> _gzip = new(() => Compress(read.Bytes, s => new GZipStream(s, CompressionLevel.Fastest)));
        private readonly Lazy<byte[]> _brotli = new(() => Compress(read.Bytes, s => new BrotliStream(s, CompressionLevel.Fastest)));

        public long DataVersion { get; } = dataVersion;
        public byte[] Identity { get; } = read.Bytes;
        public string? Next { get; } = read.Next;
        public byte[] Gzip => _gzip.Value;
        public byte[] Brotli => _brotli.Value;

        /// <summary>What it may come to hold: compressed forms are far smaller than the body, so twice the body bounds it.</summary>
        public long Bytes => 2L * Identity.Length;

        private static byte[] Compress(byte[] body, Func<Stream, Stream> encoder)
        {
            using var buffer = new MemoryStream();
            using (var stream = encoder(buffer))
                stream.Write(body);
            return buffer.ToArray();
        }
    }

    public static Representation Negotiate(HttpContext http, string? format) => format switch
    {
        "csv" => Representation.Csv,
        "json" => Representation.Json,
        _ => http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
            ? Representation.Csv
            : Representation.Json,
    };

    /// <summary>Sends the answer for <paramref name="key"/>, computing it with <paramref name="produce"/> only when the data changed.</summary>
    public async Task SendAsync(HttpContext http, string key, Representation representation, Func<Representation, CancellationToken, Task<ReadBody>> produce, CancellationToken ct)
    {
        var current = version.Value;
        var cacheKey = $"{representation}:{key}";
        if (NotModified(http, cacheKey, current))
        {
            await http.Response.StartAsync(ct);
            return;
        }

        var answer = await AnswerAsync(cacheKey, current, () => produce(representation, CancellationToken.None));
        var (body, encoding) = Encode(http, answer);
        http.Response.ContentType = ContentTypeOf(representation);
        if (answer.Next is not null)
            http.Response.Headers.Link = $"<{answer.Next}>; rel=\"next\"";
        if (encoding is not null)
            http.Response.Headers.ContentEncoding = encoding;
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

    /// <summary>
    /// The cached answer of this data version, or one computed now — once, however many ask at the same time
    /// (the others wait for it). Not the caller's token: the answer is shared.
    /// </summary>
    private async Task<Answer> AnswerAsync(string cacheKey, long dataVersion, Func<Task<ReadBody>> produce)
    {
        while (true)
        {
            var entry = _cache.GetOrAdd(cacheKey, _ => new Lazy<Task<Answer>>(async () =>
            {
                var computed = new Answer(dataVersion, await produce());
                Account(computed);
                return computed;
            }));
            Answer answer;
            try
            {
                answer = await entry.Value;
            }
            catch
            {
                _cache.TryRemove(new KeyValuePair<string, Lazy<Task<Answer>>>(cacheKey, entry));
                throw;
            }

            if (answer.DataVersion >= dataVersion)
                return answer;
            // Computed before the latest write: replace it, unless someone else already has.
            _cache.TryRemove(new KeyValuePair<string, Lazy<Task<Answer>>>(cacheKey, entry));
        }
    }

    /// <summary>Keeps the cache within <see cref="MaxCachedBytes"/>: when it would grow past, it starts afresh.</summary>
    private void Account(Answer answer)
    {
        if (Interlocked.Add(ref _cachedBytes, 0) + answer.Bytes <= MaxCachedBytes)
        {
            Interlocked.Add(ref _cachedBytes, answer.Bytes);
            return;
        }
        _cache.Clear();
        Interlocked.Exchange(ref _cachedBytes, answer.Bytes);
    }

    /// <summary>Brotli or gzip when the client accepts them (every browser does); the plain bytes otherwise.</summary>
    private static (byte[] Body, string? Encoding) Encode(HttpContext http, Answer answer)
    {
        var accepted = http.Request.GetTypedHeaders().AcceptEncoding
            .Where(e => e.Quality is not 0)
            .Select(e => e.Value.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (accepted.Contains("br"))
            return (answer.Brotli, "br");
        if (accepted.Contains("gzip"))
            return (answer.Gzip, "gzip");
        return (answer.Identity, null);
    }

    private static string ContentTypeOf(Representation representation) =>
        representation == Representation.Csv ? Csv.ContentType : "application/json; charset=utf-8";

    private bool NotModified(HttpContext http, string cacheKey, long dataVersion)
    {
        http.Response.Headers.Vary = "Accept, Accept-Encoding";
        // Weak: the same answer goes out in several content codings.
        var tag = $"W/\"{version.Tag(dataVersion)}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cacheKey)))[..16]}\"";
        if (!ConditionalGet.NotModified(http, tag))
            return false;
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}
