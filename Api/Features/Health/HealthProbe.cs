using Disclosure.Persistence;

namespace Disclosure.Api.Features.Health;

/// <summary>
/// Whether the database can be read and written, proven at most once a second: the proof takes the write
/// lock, and monitors and load balancers may ask far more often than that.
/// </summary>
public sealed class HealthProbe(Database database, TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _checking = new(1, 1);
    private DateTimeOffset _provenAt = DateTimeOffset.MinValue;

    /// <summary>Throws when the database cannot be read or written.</summary>
    public async Task CheckAsync(CancellationToken ct)
    {
        if (clock.GetUtcNow() - _provenAt < Freshness)
            return;
        await _checking.WaitAsync(ct);
        try
        {
            if (clock.GetUtcNow() - _provenAt < Freshness)
                return;
            await database.CheckReadWriteAsync(ct);
            _provenAt = clock.GetUtcNow();
        }
        finally
        {
            _checking.Release();
        }
    }
}
