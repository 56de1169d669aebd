using System.IO.Compression;
using System.Text;

namespace Disclosure.Api.Documents;

/// <summary>
/// The way into the readers: picks the reader for an uploaded document by its media type, or, when the upload
/// says only application/octet-stream or nothing, by what its bytes start with (and then its file name's extension).
/// </summary>
public sealed class DocumentReaders(DocumentLimits limits)
{
    public const string Html = "text/html";
    public const string Text = "text/plain";
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly HtmlDocumentReader html = new(limits);
    private readonly TextDocumentReader text = new(limits);
    private readonly PdfDocumentReader pdf = new(limits);
    private readonly WordDocumentReader word = new(limits);

    public DocumentReaders() : this(DocumentLimits.Default)
    {
    }

    public DocumentReading Read(ReadOnlyMemory<byte> bytes, string? contentType, string? fileName)
    {
        var (mediaType, charset) = Parse(contentType);
        return mediaType switch
        {
            Html or "application/xhtml+xml" => html.Read(bytes, charset),
            Text => text.Read(bytes, charset),
            Pdf => pdf.Read(bytes),
            Docx => word.Read(bytes),
            "" or "application/octet-stream" => Sniffed(bytes, fileName),
            _ => DocumentReading.Refused(DocumentRefusals.UnsupportedDocument,
                $"The media type {mediaType} is not one read here; send a web page ({Html}), a PDF ({Pdf}), a Word file ({Docx}) or plain text ({Text})."),
        };
    }

    private DocumentReading Sniffed(ReadOnlyMemory<byte> bytes, string? fileName)
    {
        var span = bytes.Span;
        var start = span[..Math.Min(span.Length, 1024)];
        if (start.IndexOf("%PDF-"u8) >= 0)
            return pdf.Read(bytes);
        if (span.StartsWith("PK\u0003\u0004"u8))
            return HasWordDocument(bytes) || Extension(fileName) == ".docx"
                ? word.Read(bytes)
                : DocumentReading.Refused(DocumentRefusals.UnsupportedDocument,
                    "The document is a zip archive without a word/ folder, so not a Word (.docx) file; send a web page, a PDF, a Word file or plain text.");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return span.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0
                ? DocumentReading.Refused(DocumentRefusals.EncryptedDocument,
                    "The document is a password-protected Office file; remove the password and send it again.")
                : DocumentReading.Refused(DocumentRefusals.UnsupportedDocument,
                    "The document is an old binary Office file (a Word 97-2003 .doc); save it as .docx or PDF and send that.");
        if (LooksLikeHtml(start))
            return html.Read(bytes);
        return Extension(fileName) switch
        {
            ".html" or ".htm" or ".shtml" => html.Read(bytes),
            ".txt" => text.Read(bytes),
            _ => DocumentReading.Refused(DocumentRefusals.UnsupportedDocument,
                $"The document{(fileName is null ? "" : $" {fileName}")} was sent without a media type and its bytes are not a web page, a PDF or a Word (.docx) file; send it with its media type ({Text} for plain text)."),
        };
    }

    private static (string MediaType, string? Charset) Parse(string? contentType)
    {
        var parts = (contentType ?? "").Split(';');
        var charset = parts.Skip(1)
            .Select(parameter => parameter.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            .Select(pair => pair[1].Trim().Trim('"'))
            .FirstOrDefault();
        return (parts[0].Trim().ToLowerInvariant(), charset);
    }

    private static bool HasWordDocument(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var zip = new ZipArchive(MemoryBytes.Stream(bytes), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.Entries.Any(entry => entry.FullName.StartsWith("word/", StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> start)
    {
        var head = Encoding.Latin1.GetString(start).ToLowerInvariant();
        return head.Contains("<html", StringComparison.Ordinal) || head.Contains("<!doctype", StringComparison.Ordinal)
            || head.Contains("<table", StringComparison.Ordinal) || head.Contains("<body", StringComparison.Ordinal)
            || head.Contains("<head", StringComparison.Ordinal) || head.Contains("<meta", StringComparison.Ordinal)
            || head.Contains("<div", StringComparison.Ordinal);
    }

    private static string Extension(string? fileName) => Path.GetExtension(fileName ?? "").ToLowerInvariant();
}
