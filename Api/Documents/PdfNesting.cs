namespace Disclosure.Api.Documents;

/// <summary>
/// How deeply a PDF's syntax nests arrays, dictionaries and PostScript procedures. PdfPig parses some streams (a
/// font's ToUnicode CMap, a Type 4 function) recursively without a depth guard, so a few thousand nested brackets
/// overflow the stack, which no catch can stop: the process ends. Real PDFs nest a few levels, so a file, a stream
/// or a decoded stream nested deeper than <see cref="MostLevels"/> is refused before PdfPig parses it. Binary
/// streams (images, font programs) are not syntax and are not counted: their bytes would read as random brackets.
/// </summary>
internal static class PdfNesting
{
    public const int MostLevels = 100;

    /// <summary>The deepest nesting of the file's objects and of each of its streams that is text, each stream counted on its own.</summary>
    public static int InFile(ReadOnlySpan<byte> pdf) => Deepest(pdf, streams: true);

    /// <summary>The deepest nesting of a decoded stream, or 0 when it is binary.</summary>
    public static int InStream(ReadOnlySpan<byte> stream) => IsText(stream) ? Deepest(stream, streams: false) : 0;

    private static int Deepest(ReadOnlySpan<byte> bytes, bool streams)
    {
        int depth = 0, deepest = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            switch (bytes[i])
            {
                case (byte)'%':
                    while (i + 1 < bytes.Length && bytes[i + 1] is not ((byte)'\n' or (byte)'\r'))
                        i++;
                    break;
                case (byte)'(':
                    i = EndOfString(bytes, i);
                    break;
                case (byte)'<' when i + 1 < bytes.Length && bytes[i + 1] == '<':
                    i++;
                    deepest = Math.Max(deepest, ++depth);
                    break;
                case (byte)'<':
                    var close = bytes[i..].IndexOf((byte)'>');
                    i = close < 0 ? bytes.Length : i + close;
                    break;
                case (byte)'>' when i + 1 < bytes.Length && bytes[i + 1] == '>':
                    i++;
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'[' or (byte)'{':
                    deepest = Math.Max(deepest, ++depth);
                    break;
                case (byte)']' or (byte)'}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'s' when streams && bytes[i..].StartsWith("stream"u8) && (i == 0 || !char.IsAsciiLetter((char)bytes[i - 1])):
                    var start = i + "stream".Length;
                    if (start < bytes.Length && bytes[start] is (byte)'\r' or (byte)'\n')
                    {
                        var length = bytes[start..].IndexOf("endstream"u8);
                        var body = length < 0 ? bytes[start..] : bytes.Slice(start, length);
                        deepest = Math.Max(deepest, InStream(body));
                        i = start + body.Length - 1;
                    }
                    break;
            }
        }
        return deepest;
    }

    private static int EndOfString(ReadOnlySpan<byte> bytes, int open)
    {
        var parentheses = 0;
        for (var i = open; i < bytes.Length; i++)
        {
            if (bytes[i] == '\\')
                i++;
            else if (bytes[i] == '(')
                parentheses++;
            else if (bytes[i] == ')' && --parentheses == 0)
                return i;
        }
        return bytes.Length;
    }

    /// <summary>Whether a stream is PDF syntax rather than binary data: nine bytes in ten of its start are printable ASCII or white space.</summary>
    private static bool IsText(ReadOnlySpan<byte> stream)
    {
        var start = stream[..Math.Min(stream.Length, 4096)];
        var text = 0;
        foreach (var b in start)
            if (b is >= 0x20 and < 0x7F or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f')
                text++;
        return text * 10 >= start.Length * 9;
    }
}
