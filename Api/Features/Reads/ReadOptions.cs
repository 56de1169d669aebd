namespace Disclosure.Api.Features.Reads;

/// <summary>
/// How much work and memory reads may take at once (configuration section <c>Reads</c>). Reads are anonymous, so
/// these bounds, not the clients, decide how much memory answering them takes.
/// </summary>
public sealed class ReadOptions
{
    public const string Section = "Reads";

    /// <summary>Answers computed at the same time (each holds a page of sums and its bytes); the rest wait in line.</summary>
    public int MaxConcurrentComputations { get; set; } = 2;

    /// <summary>Answers streamed at the same time (large rollup pages, cells): each holds its page while a client reads it.</summary>
    public int MaxConcurrentStreams { get; set; } = 2;

    /// <summary>Requests waiting for a computation or a stream, each; beyond that 503 with Retry-After.</summary>
    public int MaxQueued { get; set; } = 64;

    /// <summary>
    /// A rollup page estimated larger than this is written to the client as it is produced and not cached; smaller
    /// ones are cached whole (and compressed), as dashboards poll them.
    /// </summary>
    public long StreamAboveBytes { get; set; } = 8 * 1024 * 1024;
}
