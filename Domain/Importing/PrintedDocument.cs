namespace Disclosure.Domain.Importing;

/// <summary>
/// A published document as its reader saw it: in reading order, the lines of its text and the rows of its
/// tables, each a list of printed cells. A reader (web page, PDF, Word, plain text) makes one; the importer
/// finds the national tables in it by their printed labels, so it never depends on where a reader put them.
/// </summary>
/// <param name="Kind">What the document was: <c>html</c>, <c>pdf</c>, <c>docx</c> or <c>text</c>.</param>
/// <param name="Rows">Paragraphs and lines (one cell each) and table rows (a cell per printed cell), in reading order.</param>
public sealed record PrintedDocument(string Kind, IReadOnlyList<PrintedRow> Rows)
{
    /// <summary>The title the document's metadata gives (<c>&lt;title&gt;</c>, Word's core properties), when it has one.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date the document's metadata states (a page's <c>PubDate</c> meta tag), when it states one.</summary>
    public DateOnly? PublishedAt { get; init; }
}
