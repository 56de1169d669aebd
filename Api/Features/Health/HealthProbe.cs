using Disclosure.Api.Problems;
using Disclosure.Persistence;

namespace Disclosure.Api.Features.Health;

/// <summary>
/// Whether the database can be read and written, proven at most once a second: the proof takes the write
/// lock, and monitors and load balancers may ask far more often than that.
/// </summary>
public sealed class HealthProbe(Database database, StorageHealth storage, TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _checking = new(1, 1);
    private DateTimeOffset _provenAt = DateTimeOffset.MinValue;

    /// <summary>
    /// Null when the database can be read and written; otherwise what is wrong (a damaged file, a full disk).
    /// Throws when the database cannot be reached at all.
    /// </summary>
    public async Task<string?> ProblemAsync(CancellationToken ct)
    {
        if (storage.Corrupt is { } corrupt)
            return $"The database file {database.Path} is damaged: {corrupt}. Stop the service and restore a backup.";
        if (clock.GetUtcNow() - _provenAt >= Freshness)
            await ProveAsync(ct);
        return storage.Full is { } full
            ? $"The disk that holds {database.Path} is full: {full}. Free space; writes are refused with 507 until then."
            : null;
    }

    private async Task ProveAsync(CancellationToken ct)
    {
        await _checking.WaitAsync(ct);
        try
        {
            if (clock.GetUtcNow() - _provenAt < Freshness)
                return;
            await database.CheckReadWriteAsync(ct);
            if (storage.Full is not null)
            {
                // A write failed for want of room: only a write that needs room shows it is there again.
                try
                {
                    await database.CheckRoomAsync(ct);
                    storage.NoteRoom();
                }
                catch (Exception e) when (StorageFailures.Classify(e) == StorageFailure.Full)
                {
                    storage.NoteFull(e.Message);
                }
            }
            _provenAt = clock.GetUtcNow();
        }
        finally
        {
            _checking.Release();
        }
    }
}
