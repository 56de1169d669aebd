namespace Disclosure.Persistence;

/// <summary>
/// Packs a vector of cell values into a blob: each value zigzag-mapped (so small negatives stay small) and
/// written as an unsigned LEB128 varint. Most cells are small counts, so a cell usually takes one byte.
/// </summary>
public static class CellCodec
{
    private const int MaxBytesPerValue = 10;

    public static byte[] Encode(ReadOnlySpan<long> values)
    {
        Span<byte> buffer = values.Length <= 256 ? stackalloc byte[values.Length * MaxBytesPerValue] : new byte[values.Length * MaxBytesPerValue];
        var length = 0;
        foreach (var value in values)
        {
            var zigzag = (ulong)((value << 1) ^ (value >> 63));
            while (zigzag >= 0x80)
            {
                buffer[length++] = (byte)(zigzag | 0x80);
                zigzag >>= 7;
            }
            buffer[length++] = (byte)zigzag;
        }
        return buffer[..length].ToArray();
    }

    public static long[] Decode(ReadOnlySpan<byte> blob)
    {
        // Each value ends with its one byte below 0x80, so counting those sizes the array exactly
        // (a blob cut short in a value makes Next throw before that value is stored).
        var count = 0;
        foreach (var b in blob)
            if (b < 0x80) count++;
        var values = new long[count];
        var position = 0;
        for (var i = 0; position < blob.Length; i++)
            values[i] = Next(blob, ref position);
        return values;
    }

    /// <summary>
    /// Adds the values packed in <paramref name="blob"/> to <paramref name="sums"/> cell by cell, without decoding them
    /// into an array first; returns how many values it held. Throws <see cref="OverflowException"/> past 64 bits and
    /// <see cref="FormatException"/> when it holds more values than <paramref name="sums"/> has cells.
    /// </summary>
    public static int AddTo(ReadOnlySpan<byte> blob, Span<long> sums)
    {
        var count = 0;
        var position = 0;
        while (position < blob.Length)
        {
            var value = Next(blob, ref position);
            if (count == sums.Length)
                throw new FormatException($"Cell values hold more than the {sums.Length} cells they are added to.");
            sums[count] = checked(sums[count] + value);
            count++;
        }
        return count;
    }

    private static long Next(ReadOnlySpan<byte> blob, ref int position)
    {
        ulong zigzag = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (position == blob.Length)
                throw new FormatException("Cell values end in the middle of a value.");
            if (shift == 7 * (MaxBytesPerValue - 1) && blob[position] > 1)
                throw new FormatException("A cell value is longer than 64 bits.");
            var b = blob[position++];
            zigzag |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) break;
        }
        return (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
    }
}
