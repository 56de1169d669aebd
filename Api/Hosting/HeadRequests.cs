using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Disclosure.Api.Hosting;

/// <summary>
/// HEAD on every GET route, in one place: the request is routed and answered as a GET and its body is counted
/// instead of sent, so status and headers (ETag, 304, Content-Length) are the GET's and can never drift from them.
/// </summary>
public static class HeadRequests
{
    public static async Task AnswerAsGetAsync(HttpContext http, RequestDelegate next)
    {
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await next(http);
            return;
        }

        var sentBody = http.Features.Get<IHttpResponseBodyFeature>()!;
        var sent = http.Features.Get<IHttpResponseFeature>()!;
        var discarded = new DiscardedBody(sent);
        http.Features.Set<IHttpResponseBodyFeature>(discarded);
        http.Features.Set<IHttpResponseFeature>(discarded);
        http.Request.Method = HttpMethods.Get;
        try
        {
            await next(http);
            await discarded.CompleteAsync();
            // Nothing reached the client yet, so the length of the GET's body can still be stated.
            if (!sent.HasStarted && http.Response.ContentLength is null && discarded.Written > 0)
                http.Response.ContentLength = discarded.Written;
        }
        finally
        {
            // Whatever runs after this (the exception handler, request logging) sees the request as it was sent.
            http.Request.Method = HttpMethods.Head;
            http.Features.Set(sentBody);
            http.Features.Set(sent);
        }
    }

    /// <summary>
    /// A response body that counts what is written to it and sends nothing. The response counts as started once
    /// anything is written, as a GET's would, so that nothing downstream answers a second time.
    /// </summary>
    private sealed class DiscardedBody(IHttpResponseFeature response) : Stream, IHttpResponseBodyFeature, IHttpResponseFeature
    {
        private PipeWriter? _writer;
        private bool _started;

        public int StatusCode { get => response.StatusCode; set => response.StatusCode = value; }
        public string? ReasonPhrase { get => response.ReasonPhrase; set => response.ReasonPhrase = value; }
        public IHeaderDictionary Headers { get => response.Headers; set => response.Headers = value; }
        Stream IHttpResponseFeature.Body { get => this; set => throw new NotSupportedException(); }
        public bool HasStarted => _started || response.HasStarted;
        public void OnStarting(Func<object, Task> callback, object state) => response.OnStarting(callback, state);
        public void OnCompleted(Func<object, Task> callback, object state) => response.OnCompleted(callback, state);

        public long Written { get; private set; }

        public Stream Stream => this;

        public PipeWriter Writer => _writer ??= PipeWriter.Create(this, new StreamPipeWriterOptions(leaveOpen: true));

        public void DisableBuffering() { }

        public Task StartAsync(CancellationToken cancellationToken = default)
        {
            _started = true;
            return Task.CompletedTask;
        }

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
        {
            Count(count ?? new FileInfo(path).Length - offset);
            return Task.CompletedTask;
        }

        public async Task CompleteAsync()
        {
            if (_writer is not null) await _writer.FlushAsync();
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Position { get => Written; set => throw new NotSupportedException(); }
        public override long Length => Written;
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Count(count);
        public override void Write(ReadOnlySpan<byte> buffer) => Count(buffer.Length);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count(buffer.Length);
            return ValueTask.CompletedTask;
        }
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Count(count);
            return Task.CompletedTask;
        }

        private void Count(long bytes)
        {
            _started = true;
            Written += bytes;
        }
    }
}
