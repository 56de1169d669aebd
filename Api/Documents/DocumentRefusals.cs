namespace Disclosure.Api.Documents;

/// <summary>The stable codes of <see cref="DocumentRefusal"/>: what a client can act on without reading the detail.</summary>
public static class DocumentRefusals
{
    /// <summary>Not a web page, PDF, Word (.docx) file or plain text (the endpoint answers 415).</summary>
    public const string UnsupportedDocument = "unsupported-document";

    /// <summary>Claims to be one of the four kinds but cannot be parsed as one.</summary>
    public const string CorruptDocument = "corrupt-document";

    /// <summary>Needs a password to be read.</summary>
    public const string EncryptedDocument = "encrypted-document";

    /// <summary>A PDF with pages but no text on them (a scan): OCR is not supported.</summary>
    public const string NoTextLayer = "no-text-layer";

    /// <summary>More tables or table cells than a report has.</summary>
    public const string TooManyTables = "too-many-tables";

    /// <summary>More pages, rows or expanded bytes than a report has (a zip bomb, for one).</summary>
    public const string DocumentTooLarge = "document-too-large";

    /// <summary>Text in no character encoding the readers know (UTF-8, GB18030 and what a page declares).</summary>
    public const string UndecodableText = "undecodable-text";
}
