namespace Disclosure.Api.Reads;

/// <summary>
/// How much work and memory reads may take at once (configuration section <c>Reads</c>). Reads are anonymous, so
/// these bounds, not the clients, decide how much memory answering them takes.
/// </summary>
public sealed class ReadOptions
{
    public const string Section = "Reads";

    /// <summary>
    /// Answers computed at the same time (each holds a page of sums and its bytes); the rest wait in line. One: a
    /// computation already writes its page on every core, so a second at once adds memory more than speed.
    /// </summary>
    public int MaxConcurrentComputations { get; set; } = 1;

    /// <summary>Answers streamed at the same time (large rollup pages, /cells pages): each holds a part of its page (250 groups, or a /cells page) while a client reads it.</summary>
    public int MaxConcurrentStreams { get; set; } = 2;

    /// <summary>Requests waiting for a computation or a stream, each; beyond that 503 with Retry-After.</summary>
    public int MaxQueued { get; set; } = 64;

    /// <summary>
    /// A rollup page estimated larger than this is written to the client as it is produced and not cached; smaller
    /// ones are cached whole (and compressed), as dashboards poll them. 5 MiB keeps every default page of 250 groups
    /// cached (the widest is table 三 as CSV; its size is in docs/PERFORMANCE.md, item 14) and a province by county over ten years
    /// (limit=2000) of every table but 三; each computation holds about twice its answer while it writes it.
    /// </summary>
    public long StreamAboveBytes { get; set; } = 5 * 1024 * 1024;

    public const string Requirement = "Reads:MaxConcurrentComputations and Reads:MaxConcurrentStreams must be at least 1, " +
                                      "Reads:MaxQueued at least 0 and Reads:StreamAboveBytes at least 1.";

    public static bool AreUsable(ReadOptions o) =>
        o is { MaxConcurrentComputations: >= 1, MaxConcurrentStreams: >= 1, MaxQueued: >= 0, StreamAboveBytes: >= 1 };
}
