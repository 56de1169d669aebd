namespace Disclosure.Api.Reads;

/// <summary>
/// Lets a bounded number of expensive answers run at once, with a bounded line of requests waiting for a turn:
/// whatever anonymous clients ask, the memory their answers hold is bounded.
/// </summary>
public sealed class AnswerGate(int concurrent, int queued)
{
    private readonly SemaphoreSlim _turns = new(concurrent, concurrent);
    private int _waiting;

    /// <summary>How many requests wait for a turn now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>How many turns are free now.</summary>
    public int Free => _turns.CurrentCount;

    /// <summary>A turn, given back when disposed; null when the line is full (answer 503).</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (_turns.Wait(0))
            return new Turn(_turns);
        if (Interlocked.Increment(ref _waiting) > queued)
        {
            Interlocked.Decrement(ref _waiting);
            return null;
        }
        try
        {
            await _turns.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        return new Turn(_turns);
    }

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                turns.Release();
        }
    }
}
