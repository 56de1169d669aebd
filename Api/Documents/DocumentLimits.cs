namespace Disclosure.Api.Documents;

/// <summary>
/// How much of a document the readers will expand: a published annual report has a few tables of a few hundred
/// cells on a few pages, so anything far beyond these is refused rather than read into memory.
/// </summary>
public sealed record DocumentLimits
{
    public static DocumentLimits Default { get; } = new();

    /// <summary>Tables in one document (a report has three national tables and a few more of its own).</summary>
    public int MaxTables { get; init; } = 200;

    /// <summary>Table cells in one document, counting the copies that merged cells expand into.</summary>
    public int MaxCells { get; init; } = 50_000;

    /// <summary>A colspan (or Word gridSpan) beyond this is read as this; a rowspan is cut at the table's last row.</summary>
    public int MaxColumnSpan { get; init; } = 100;

    /// <summary>Rows (lines, paragraphs, table rows) in one document.</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>How deeply a web page's elements may nest (browsers stop at a few hundred levels; parsing slows with the square of it).</summary>
    public int MaxNestingDepth { get; init; } = 1_000;

    /// <summary>Pages of a PDF.</summary>
    public int MaxPages { get; init; } = 300;

    /// <summary>Bytes a Word file's zip may expand to, in all its entries together; and one compressed stream of a PDF.</summary>
    public long MaxExpandedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Bytes a PDF's compressed streams may expand to in all, each time the parser decodes one (far above what a report's PDF decodes: docs/PERFORMANCE.md, item 19).</summary>
    public long MaxPdfDecodedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Compression ratio refused in a zip entry larger than <see cref="RatioCheckedAboveBytes"/>.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    public long RatioCheckedAboveBytes { get; init; } = 1024 * 1024;
}
