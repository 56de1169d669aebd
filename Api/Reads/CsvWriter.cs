using System.Buffers.Text;
using System.Text;

namespace Disclosure.Api.Reads;

/// <summary>
/// RFC 4180 CSV, written as UTF-8: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote
/// or line break. Dispose it to give its buffer back to the pool.
/// </summary>
public sealed class CsvWriter : IDisposable
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();

    private readonly PooledBuffer _bytes;
    private readonly bool _ownsBuffer;

    public CsvWriter()
    {
        _bytes = new PooledBuffer();
        _ownsBuffer = true;
    }

    /// <summary>CSV written into <paramref name="buffer"/>, which stays the caller's to dispose.</summary>
    public CsvWriter(PooledBuffer buffer) => _bytes = buffer;

    public ReadOnlySpan<byte> WrittenSpan => _bytes.WrittenSpan;

    public CsvWriter Line(IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) Raw(","u8);
            first = false;
            Raw(Field(field ?? ""));
        }
        return EndLine();
    }

    /// <summary>Appends text that is already CSV (escaped fields, separators): for parts shared by many lines.</summary>
    public CsvWriter Raw(string text)
    {
        var span = _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        _bytes.Advance(Encoding.UTF8.GetBytes(text, span));
        return this;
    }

    /// <summary>Appends UTF-8 that is already CSV.</summary>
    public CsvWriter Raw(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(_bytes.GetSpan(utf8.Length));
        _bytes.Advance(utf8.Length);
        return this;
    }

    /// <summary>Appends a whole number in invariant digits.</summary>
    public CsvWriter Number(long value)
    {
        var span = _bytes.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        _bytes.Advance(written);
        return this;
    }

    /// <summary>Ends the current line.</summary>
    public CsvWriter EndLine() => Raw(LineEnd);

    /// <summary>One field as CSV: quoted when it holds a comma, quote or line break.</summary>
    public static string Field(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    /// <summary>Fields as CSV, each followed by a comma, in UTF-8: the start of many lines.</summary>
    public static byte[] Fields(IEnumerable<string> fields) => Encoding.UTF8.GetBytes(string.Concat(fields.Select(f => Field(f) + ",")));

    public byte[] ToUtf8Bytes() => _bytes.WrittenSpan.ToArray();

    public override string ToString() => Encoding.UTF8.GetString(_bytes.WrittenSpan);

    public void Dispose()
    {
        if (_ownsBuffer) _bytes.Dispose();
    }
}
