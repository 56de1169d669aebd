namespace Disclosure.Persistence.Tests;

public class CellCodecTests
{
    [Fact]
    public void Round_trips_extremes_negatives_and_zeros()
    {
        long[] values = [0, 1, -1, 63, -64, 64, -65, 127, 128, 300, -300, 2_425_231_108, int.MaxValue, int.MinValue,
            long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1, 0];

        var decoded = CellCodec.Decode(CellCodec.Encode(values));

        Assert.Equal(values, decoded);
    }

    [Fact]
    public void Small_values_take_one_byte_each_and_negatives_are_zigzagged()
    {
        Assert.Equal(new byte[] { 0x00, 0x02, 0x01, 0x7E, 0x7F, 0x80, 0x01 }, CellCodec.Encode([0, 1, -1, 63, -64, 64]));
    }

    [Fact]
    public void Extremes_take_ten_bytes()
    {
        Assert.Equal(new byte[] { 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, CellCodec.Encode([long.MaxValue]));
        Assert.Equal(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, CellCodec.Encode([long.MinValue]));
    }

    [Fact]
    public void Empty_vector_is_an_empty_blob()
    {
        Assert.Empty(CellCodec.Encode([]));
        Assert.Empty(CellCodec.Decode([]));
    }

    [Fact]
    public void Long_vectors_round_trip()
    {
        var values = Enumerable.Range(-500, 1000).Select(i => (long)i * 1_000_003).ToArray();

        Assert.Equal(values, CellCodec.Decode(CellCodec.Encode(values)));
    }

    [Fact]
    public void Truncated_or_oversized_blobs_are_rejected()
    {
        Assert.Throws<FormatException>(() => CellCodec.Decode([0x02, 0x80]));
        Assert.Throws<FormatException>(() => CellCodec.Decode([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02]));
    }
}
