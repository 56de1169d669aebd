using Microsoft.Extensions.Options;

namespace Disclosure.Api.Features.Imports;

/// <summary>
/// Lets <see cref="ImportOptions.MaxConcurrent"/> imports read documents at once. A request waits for its turn
/// before its body is read, so that waiting uploads hold a connection, not megabytes.
/// </summary>
public sealed class ImportGate(IOptions<ImportOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _turns = new(Math.Max(1, options.Value.MaxConcurrent));

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _turns.WaitAsync(ct);
        return new Turn(_turns);
    }

    public void Dispose() => _turns.Dispose();

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) turns.Release();
        }
    }
}
