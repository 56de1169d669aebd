using System.IO.Compression;
using System.Xml;

namespace Disclosure.Api.Documents;

/// <summary>
/// What a Word file's zip is checked for before the Open Xml SDK reads it: a zip (a .docx is one) can declare or
/// hold far more than it weighs (a zip bomb), so the declared sizes and compression ratios are checked first.
/// System.IO.Compression stops inflating an entry at the size it declares (a test holds it to that), so the
/// declared total bounds what the SDK can inflate; word/document.xml, which the SDK reads whole, is also read once
/// through a count that stops at the limit, with a plain XML reader that bounds how deeply it nests (the SDK
/// builds its tree recursively).
/// </summary>
internal static class WordPackageCheck
{
    private const int MaxEntries = 10_000;

    public static DocumentRefusal? Refusal(ReadOnlyMemory<byte> bytes, DocumentLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(MemoryBytes.Stream(bytes), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
                return TooLarge($"The Word file's zip has {zip.Entries.Count:N0} entries, more than the {MaxEntries:N0} a document could have.");
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (entry.Length > limits.RatioCheckedAboveBytes && entry.Length > limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
                    return TooLarge($"The entry {entry.FullName} of the Word file expands {entry.CompressedLength:N0} bytes to {entry.Length:N0}, more than {limits.MaxCompressionRatio}:1 (a zip bomb).");
            }
            if (declared > limits.MaxExpandedBytes)
                return TooLarge($"The Word file's zip expands to {declared:N0} bytes, more than the {limits.MaxExpandedBytes:N0} a document is read to.");
            var mainName = MainDocumentName(zip);
            if (zip.GetEntry(mainName) is not { } main)
                return new DocumentRefusal(DocumentRefusals.CorruptDocument, $"The Word file has no {mainName}, so it is not a .docx document.");

            using var counted = new CountingStream(main.Open(), limits.MaxExpandedBytes);
            var depth = MaxDepth(counted);
            if (counted.Exceeded)
                return TooLarge($"The Word file's {mainName} expands to more than {limits.MaxExpandedBytes:N0} bytes (more than it declares), the most a document is read to.");
            if (depth > limits.MaxNestingDepth)
                return TooLarge($"The Word file's {mainName} nests {depth:N0} elements deep, more than the {limits.MaxNestingDepth:N0} levels a document is read to.");
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException or ArgumentException)
        {
            return new DocumentRefusal(DocumentRefusals.CorruptDocument, $"The Word file is not a readable zip of XML parts: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}.");
        }
    }

    /// <summary>
    /// The main document part the package's relationships name (Word Online writes word/document2.xml, for one),
    /// else word/document.xml. The relationships part is small: its declared size has been checked already.
    /// </summary>
    private static string MainDocumentName(ZipArchive zip)
    {
        if (zip.GetEntry("_rels/.rels") is not { } relationships)
            return "word/document.xml";
        using var reader = XmlReader.Create(relationships.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship" }
                && reader.GetAttribute("Type")?.EndsWith("/officeDocument", StringComparison.Ordinal) == true
                && reader.GetAttribute("Target") is { Length: > 0 } target)
                return target.TrimStart('/');
        return "word/document.xml";
    }

    private static int MaxDepth(Stream xml)
    {
        using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
        var deepest = 0;
        try
        {
            while (reader.Read())
                deepest = Math.Max(deepest, reader.Depth + 1);
        }
        catch (LimitReachedException)
        {
        }
        return deepest;
    }

    private static DocumentRefusal TooLarge(string detail) => new(DocumentRefusals.DocumentTooLarge, detail);

    private sealed class LimitReachedException : Exception;

    /// <summary>A read-only stream that stops (and says so) once more than its limit has been read from it.</summary>
    private sealed class CountingStream(Stream inner, long limit) : Stream
    {
        private long count;

        public bool Exceeded { get; private set; }

        public override int Read(byte[] buffer, int offset, int length)
        {
            var read = inner.Read(buffer, offset, length);
            if ((count += read) > limit)
            {
                Exceeded = true;
                throw new LimitReachedException();
            }
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
