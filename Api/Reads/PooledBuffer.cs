using System.Buffers;

namespace Disclosure.Api.Reads;

/// <summary>
/// A growing buffer on pooled arrays, for writing an answer of megabytes: growing a fresh array by doubling
/// allocates on the large object heap each time and sets off full garbage collections in the middle of other
/// requests. The pool is this class's own and small (arrays up to 8 MB, two of each size: the chunks of one
/// answer written at once), so that what it keeps stays within a few tens of megabytes; larger arrays are
/// allocated and left to the collector.
/// </summary>
public sealed class PooledBuffer(int initialCapacity = 64 * 1024) : IBufferWriter<byte>, IDisposable
{
    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(maxArrayLength: 8 * 1024 * 1024, maxArraysPerBucket: 2);

    private byte[] _array = Pool.Rent(initialCapacity);
    private int _written;

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _written);

    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_written + count > _array.Length)
            throw new InvalidOperationException("Advanced past the end of the buffer.");
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsSpan(_written);
    }

    /// <summary>Forgets what was written, keeping the array.</summary>
    public void Clear() => _written = 0;

    public void Dispose()
    {
        Pool.Return(_array);
        _array = [];
        _written = 0;
    }

    private void Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _array.Length)
            return;
        var larger = Pool.Rent((int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * _array.Length)));
        WrittenSpan.CopyTo(larger);
        Pool.Return(_array);
        _array = larger;
    }
}
