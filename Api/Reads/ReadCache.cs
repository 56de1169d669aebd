using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Disclosure.Api.Http;
using Disclosure.Api.Problems;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Api.Reads;

/// <summary>
/// Sends read answers: chooses JSON or CSV, tags each answer with the data version, answers 304 to a
/// matching If-None-Match, and reuses a computed answer until the data changes. An answer is computed once
/// however many clients ask for it at the same moment, and kept compressed too (gzip, brotli), because
/// rollups over a province run to megabytes and dashboards poll them. Computations and streams run a bounded
/// number at a time (<see cref="ReadOptions"/>), and a computation that no client waits for any more is cancelled.
/// </summary>
public sealed class ReadCache
{
    /// <summary>The cache holds at most this many bytes of answers (uncompressed and compressed together).</summary>
    private const long MaxCachedBytes = 24L * 1024 * 1024;

    private readonly DataVersion _version;
    private readonly ConcurrentDictionary<string, Computation> _answers = new(StringComparer.Ordinal);
    private long _cachedBytes;
    private long _abandoned;

    public ReadCache(DataVersion version, IOptions<ReadOptions> options)
    {
        _version = version;
        var bounds = options.Value;
        Computations = new AnswerGate(bounds.MaxConcurrentComputations, bounds.MaxQueued);
        Streams = new AnswerGate(bounds.MaxConcurrentStreams, bounds.MaxQueued);
        StreamAboveBytes = bounds.StreamAboveBytes;
    }

    /// <summary>The turns of answers computed to be cached.</summary>
    public AnswerGate Computations { get; }

    /// <summary>The turns of answers written as they are produced.</summary>
    public AnswerGate Streams { get; }

    /// <summary>Answers estimated larger than this are streamed, not cached.</summary>
    public long StreamAboveBytes { get; }

    /// <summary>How many computations were cancelled because every client that waited for them had gone.</summary>
    public long Abandoned => Interlocked.Read(ref _abandoned);

    /// <summary>How many clients wait now for the answer for <paramref name="key"/> in <paramref name="representation"/> to be computed.</summary>
    public int WaitingFor(string key, Representation representation) =>
        _answers.TryGetValue(CacheKey(key, representation), out var computation) ? computation.Waiters : 0;

    /// <summary>Whether the answer for <paramref name="key"/> in <paramref name="representation"/> is computed and kept.</summary>
    public bool IsCached(string key, Representation representation) =>
        _answers.TryGetValue(CacheKey(key, representation), out var computation) && computation.Task.IsCompletedSuccessfully;

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

    /// <summary>
    /// An answer being computed for the clients waiting for it, or computed. It counts its waiters, and when the last
    /// one leaves before the answer is done (each client gone), the work is cancelled: nobody would read it.
    /// </summary>
    private sealed class Computation(long dataVersion)
    {
        private readonly CancellationTokenSource _cancel = new();
        private readonly TaskCompletionSource<Answer> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock _lock = new();
        private int _waiters;
        private int _started;

        public long DataVersion { get; } = dataVersion;

        public Task<Answer> Task => _result.Task;

        public int Waiters
        {
            get { lock (_lock) return _waiters; }
        }

        /// <summary>Counts one more waiter; false when the work was already given up (start another).</summary>
        public bool TryJoin()
        {
            lock (_lock)
            {
                if (_cancel.IsCancellationRequested)
                    return false;
                _waiters++;
                return true;
            }
        }

        /// <summary>Counts one waiter less; true when it was the last and the work, not done, is now cancelled.</summary>
        public bool Leave()
        {
            lock (_lock)
            {
                if (--_waiters > 0 || _result.Task.IsCompleted)
                    return false;
            }
            _cancel.Cancel();
            return true;
        }

        /// <summary>Starts the work, once, whoever calls first.</summary>
        public void Start(Func<CancellationToken, Task<Answer>> compute)
        {
            if (Interlocked.Exchange(ref _started, 1) == 0)
                _ = RunAsync(compute);
        }

        private async Task RunAsync(Func<CancellationToken, Task<Answer>> compute)
        {
            try
            {
                _result.TrySetResult(await compute(_cancel.Token));
            }
            catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
            {
                _result.TrySetCanceled(_cancel.Token);
            }
            catch (Exception e)
            {
                _result.TrySetException(e);
            }
        }
    }

    /// <summary>Thrown when an answer cannot even wait for its turn: the line is full.</summary>
    private sealed class BusyException : Exception;

    /// <summary>
    /// JSON or CSV: <paramref name="format"/> when given, else what <c>Accept</c> prefers by its q-values (a media range
    /// with q=0 is not acceptable; the most specific range naming a type gives its quality; ties and no Accept: JSON).
    /// <see cref="Representation.NotAcceptable"/> when it accepts neither.
    /// </summary>
    public static Representation Negotiate(HttpContext http, string? format) => Negotiate(http, format, Representation.Csv);

    /// <summary>JSON or <paramref name="alternative"/> (CSV or text), chosen as <see cref="Negotiate(HttpContext, string?)"/> chooses JSON or CSV.</summary>
    public static Representation Negotiate(HttpContext http, string? format, Representation alternative) =>
        Negotiate(http, format, [alternative]);

    /// <summary>JSON or one of <paramref name="alternatives"/>, chosen alike; of ranges of equal quality, JSON, then the first alternative.</summary>
    public static Representation Negotiate(HttpContext http, string? format, IReadOnlyList<Representation> alternatives)
    {
        if (format == "json")
            return Representation.Json;
        foreach (var alternative in alternatives)
        {
            if (format == FormatName(alternative))
                return alternative;
        }
        return FromAccept(http.Request.GetTypedHeaders().Accept, alternatives);
    }

    /// <summary>
    /// For an answer made afresh (not from the cache): the representation chosen as
    /// <see cref="Negotiate(HttpContext, string?, IReadOnlyList{Representation})"/> chooses it, with <c>Vary: Accept</c>;
    /// when Accept accepts none, the 406 is answered here and null returned.
    /// </summary>
    public static async Task<Representation?> NegotiateAsync(HttpContext http, string? format, IReadOnlyList<Representation> alternatives,
        CancellationToken ct)
    {
        http.Response.Headers.Vary = "Accept";
        var representation = Negotiate(http, format, alternatives);
        if (representation != Representation.NotAcceptable)
            return representation;
        await NotAcceptableAsync(http, alternatives, ct);
        return null;
    }

    /// <summary>The value of <c>format</c> that asks for <paramref name="representation"/>.</summary>
    private static string FormatName(Representation representation) => representation switch
    {
        Representation.Csv => "csv",
        Representation.Text => "text",
        Representation.Xlsx => "xlsx",
        Representation.Html => "html",
        _ => "json",
    };

    /// <summary>The media type of <paramref name="representation"/>, without parameters.</summary>
    private static string MediaType(Representation representation) => representation switch
    {
        Representation.Csv => "text/csv",
        Representation.Text => "text/plain",
        Representation.Xlsx => XlsxMediaType,
        Representation.Html => "text/html",
        _ => "application/json",
    };

    /// <summary>The media type of an Excel workbook.</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static Representation FromAccept(IList<MediaTypeHeaderValue> accept, IReadOnlyList<Representation> alternatives)
    {
        if (accept.Count == 0)
            return Representation.Json;
        var chosen = Representation.NotAcceptable;
        var best = 0.0;
        foreach (var representation in (IEnumerable<Representation>)[Representation.Json, .. alternatives])
        {
            var type = MediaType(representation).Split('/');
            var quality = Quality(accept, type[0], type[1]);
            if (quality > best)
                (chosen, best) = (representation, quality);
        }
        return chosen;
    }

    /// <summary>The quality <paramref name="accept"/> gives type/subtype: that of its most specific matching range (type/subtype, type/*, */*); 0 when none matches.</summary>
    private static double Quality(IList<MediaTypeHeaderValue> accept, string type, string subtype)
    {
        var specificity = -1;
        var quality = 0.0;
        foreach (var range in accept)
        {
            var typeMatches = range.Type.Equals(type, StringComparison.OrdinalIgnoreCase);
            var matched =
                typeMatches && range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 2 :
                typeMatches && range.SubType.Equals("*", StringComparison.Ordinal) ? 1 :
                range.Type.Equals("*", StringComparison.Ordinal) && range.SubType.Equals("*", StringComparison.Ordinal) ? 0 :
                -1;
            var q = range.Quality ?? 1.0;
            if (matched > specificity || (matched == specificity && q > quality))
            {
                specificity = matched;
                quality = q;
            }
        }
        return specificity < 0 ? 0 : quality;
    }

    /// <summary>
    /// Sends the answer for <paramref name="key"/>, computing it with <paramref name="produce"/> only when the data changed;
    /// <paramref name="describe"/> sets headers of the answer's own (a download's name), only when the answer itself is sent.
    /// </summary>
    public async Task SendAsync(HttpContext http, string key, Representation representation, Func<Representation, CancellationToken, Task<ReadBody>> produce, CancellationToken ct,
        Action<HttpResponse>? describe = null)
    {
        if (representation == Representation.NotAcceptable)
        {
            await NotAcceptableAsync(http, ct);
            return;
        }
        var current = _version.Value;
        var cacheKey = CacheKey(key, representation);
        if (NotModified(http, cacheKey, current))
        {
            await http.Response.StartAsync(ct);
            return;
        }

        Answer answer;
        try
        {
            answer = await AnswerAsync(cacheKey, current, token => produce(representation, token), ct);
        }
        catch (BusyException)
        {
            await BusyAsync(http, ct);
            return;
        }
        var (body, encoding) = Encode(http, answer);
        http.Response.ContentType = ContentTypeOf(representation);
        describe?.Invoke(http.Response);
        if (answer.Next is not null)
            http.Response.Headers.Link = $"<{answer.Next}>; rel=\"next\"";
        if (encoding is not null)
            http.Response.Headers.ContentEncoding = encoding;
        http.Response.ContentLength = body.Length;
        await ResponseSlices.WriteAsync(http.Response.Body, body, ct);
    }

    /// <summary>
    /// For answers too large to keep (large rollup pages, the tidy cells): tagged and conditional, but written as they
    /// are produced, a bounded number at a time, and stopped when the client goes.
    /// </summary>
    public async Task StreamAsync(HttpContext http, string key, Representation representation, Func<HttpResponse, Representation, CancellationToken, Task> write, CancellationToken ct)
    {
        if (representation == Representation.NotAcceptable)
        {
            await NotAcceptableAsync(http, ct);
            return;
        }
        if (NotModified(http, CacheKey(key, representation), _version.Value))
        {
            await http.Response.StartAsync(ct);
            return;
        }
        using var turn = await Streams.EnterAsync(ct);
        if (turn is null)
        {
            await BusyAsync(http, ct);
            return;
        }
        http.Response.ContentType = ContentTypeOf(representation);
        await write(http.Response, representation, ct);
    }

    /// <summary>
    /// The cached answer of this data version, or one computed now — once, however many ask at the same time (the
    /// others wait for it). The work is shared, so no one caller's token cancels it: it is cancelled when every
    /// caller waiting for it has gone.
    /// </summary>
    private async Task<Answer> AnswerAsync(string cacheKey, long dataVersion, Func<CancellationToken, Task<ReadBody>> produce, CancellationToken ct)
    {
        while (true)
        {
            var computation = _answers.GetOrAdd(cacheKey, _ => new Computation(dataVersion));
            if (computation.Task.IsCompletedSuccessfully)
            {
                if (computation.Task.Result.DataVersion >= dataVersion)
                    return computation.Task.Result;
            }
            else if (computation.TryJoin())
            {
                Answer answer;
                try
                {
                    computation.Start(token => ComputeAsync(computation.DataVersion, produce, token));
                    answer = await computation.Task.WaitAsync(ct);
                }
                catch when (!ct.IsCancellationRequested)
                {
                    // Failed, cancelled or refused: not kept, the next caller tries afresh.
                    Forget(cacheKey, computation);
                    throw;
                }
                finally
                {
                    if (computation.Leave())
                    {
                        Interlocked.Increment(ref _abandoned);
                        Forget(cacheKey, computation);
                    }
                }
                if (answer.DataVersion >= dataVersion)
                    return answer;
            }
            // Given up, or computed before the latest write: replace it, unless someone else already has.
            Forget(cacheKey, computation);
        }
    }

    private async Task<Answer> ComputeAsync(long dataVersion, Func<CancellationToken, Task<ReadBody>> produce, CancellationToken token)
    {
        using var turn = await Computations.EnterAsync(token) ?? throw new BusyException();
        var answer = new Answer(dataVersion, await produce(token));
        Account(answer);
        return answer;
    }

    private void Forget(string cacheKey, Computation computation) =>
        _answers.TryRemove(new KeyValuePair<string, Computation>(cacheKey, computation));

    /// <summary>Keeps the cache within <see cref="MaxCachedBytes"/>: when it would grow past, the computed answers are dropped.</summary>
    private void Account(Answer answer)
    {
        if (Interlocked.Add(ref _cachedBytes, answer.Bytes) <= MaxCachedBytes)
            return;
        foreach (var (key, computation) in _answers)
        {
            if (computation.Task.IsCompleted)
                Forget(key, computation);
        }
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

    private static string CacheKey(string key, Representation representation) => $"{representation}:{key}";

    /// <summary>The Content-Type an answer in <paramref name="representation"/> is sent with.</summary>
    public static string ContentTypeOf(Representation representation) => representation switch
    {
        Representation.Csv => CsvWriter.ContentType,
        Representation.Text => "text/plain; charset=utf-8",
        Representation.Xlsx => XlsxMediaType,
        Representation.Html => "text/html; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    private static Task NotAcceptableAsync(HttpContext http, CancellationToken ct) => NotAcceptableAsync(http, Representation.Csv, ct);

    /// <summary>406: the answer is JSON or <paramref name="alternative"/>, and Accept accepts neither.</summary>
    private static Task NotAcceptableAsync(HttpContext http, Representation alternative, CancellationToken ct) =>
        ProblemResponses.SendAsync(http, StatusCodes.Status406NotAcceptable, ProblemTypes.NotAcceptable, "Not acceptable",
            $"This answer is application/json or {MediaType(alternative)}, and Accept accepts neither: accept one of them, " +
            $"or ask with format=json or format={FormatName(alternative)}.", ct: ct);

    /// <summary>406: the answer is JSON or one of <paramref name="alternatives"/>, and Accept accepts none.</summary>
    private static Task NotAcceptableAsync(HttpContext http, IReadOnlyList<Representation> alternatives, CancellationToken ct) =>
        alternatives.Count == 1 ? NotAcceptableAsync(http, alternatives[0], ct) : ProblemResponses.SendAsync(http, StatusCodes.Status406NotAcceptable, ProblemTypes.NotAcceptable, "Not acceptable",
            $"This answer is application/json, {string.Join(", ", alternatives.Select(MediaType))}, and Accept accepts none of them: " +
            $"accept one, or ask with format=json, {string.Join(", ", alternatives.Select(a => $"format={FormatName(a)}"))}.", ct: ct);

    private static Task BusyAsync(HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.RetryAfter = "1";
        return ProblemResponses.SendAsync(http, StatusCodes.Status503ServiceUnavailable, ProblemTypes.Unavailable, "Unavailable",
            "Too many answers are being computed; ask again in a moment.", ct: ct);
    }

    private bool NotModified(HttpContext http, string cacheKey, long dataVersion)
    {
        http.Response.Headers.Vary = "Accept, Accept-Encoding";
        // Weak: the same answer goes out in several content codings.
        var tag = $"W/\"{_version.Tag(dataVersion)}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cacheKey)))[..16]}\"";
        if (!ConditionalGet.NotModified(http, tag))
            return false;
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}
