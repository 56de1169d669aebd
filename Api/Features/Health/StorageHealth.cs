namespace Disclosure.Api.Features.Health;

/// <summary>
/// What failed requests taught the service about its database, for <c>/health</c>: a damaged file stays damaged
/// until the service is restarted on a restored one; a full disk lasts until a write proves there is room again.
/// </summary>
public sealed class StorageHealth(TimeProvider clock)
{
    private volatile string? _corrupt;
    private volatile string? _full;

    /// <summary>Why the database is damaged, when a request found it so; null otherwise.</summary>
    public string? Corrupt => _corrupt;

    /// <summary>Why the disk is full, while it is thought to be; null otherwise.</summary>
    public string? Full => _full;

    public void NoteCorrupt(string error) => _corrupt ??= $"{error} (found at {clock.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ})";

    public void NoteFull(string error) => _full = $"{error} (at {clock.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ})";

    public void NoteRoom() => _full = null;
}
