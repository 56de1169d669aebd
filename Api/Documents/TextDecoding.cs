using System.Text;

namespace Disclosure.Api.Documents;

/// <summary>
/// Turns the bytes of a web page or a text file into text: a byte order mark first, then the charset the document
/// declares, then UTF-8 when the bytes are valid UTF-8, then GB18030 (a superset of GBK and GB2312, which is what
/// older Chinese government sites and Windows text files use without saying so).
/// </summary>
internal static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] ChineseLabels =
        ["gbk", "gb2312", "gb_2312", "gb_2312-80", "x-gbk", "cp936", "windows-936", "ms936", "chinese", "csgb2312", "csgbk", "iso-ir-58", "gb18030", "euc-cn", "x-euc-cn"];

    private static Encoding Gb18030 => Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, string? declaredCharset, out string text, out string failure)
    {
        failure = "";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return TryStrict(StrictUtf8, bytes[3..], "UTF-8 (it starts with a UTF-8 byte order mark)", 3, out text, out failure);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return TryStrict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16 (it starts with a UTF-16LE byte order mark)", 2, out text, out failure);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return TryStrict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16 (it starts with a UTF-16BE byte order mark)", 2, out text, out failure);

        if (EncodingOf(declaredCharset) is { } declared && TryStrict(declared, bytes, "", 0, out text, out _))
            return true;
        if (TryStrict(StrictUtf8, bytes, "", 0, out text, out _))
            return true;
        if (TryStrict(Gb18030, bytes, "", 0, out text, out failure))
            return true;
        failure = $"The text is neither UTF-8 nor GB18030{(declaredCharset is null ? "" : $" nor the declared charset {declaredCharset}")}: {FirstInvalidUtf8(bytes)}.";
        return false;
    }

    /// <summary>The encoding a charset label names, GBK and GB2312 read as GB18030; null for a label no encoding has.</summary>
    public static Encoding? EncodingOf(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
            return null;
        if (ChineseLabels.Contains(name))
            return Gb18030;
        if (name is "utf-8" or "utf8" or "unicode-1-1-utf-8")
            return StrictUtf8;
        // A page cannot be UTF-16 if its ASCII declaration was readable: the HTML standard reads such a label as UTF-8.
        if (name.StartsWith("utf-16", StringComparison.Ordinal))
            return StrictUtf8;
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string what, int offset, out string text, out string failure)
    {
        try
        {
            text = encoding.GetString(bytes);
            failure = "";
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            failure = $"The text is not valid {what}: the byte at offset {offset + Math.Max(e.Index, 0)} is not part of any character.";
            return false;
        }
    }

    private static string FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done || read >= bytes.Length
            ? "it is not valid in either"
            : $"the byte 0x{bytes[read]:X2} at offset {read} is not valid UTF-8 and the bytes are not valid GB18030";
    }
}
