using Disclosure.Domain.Importing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Disclosure.Api.Documents;

/// <summary>
/// Reads a PDF's text layer. A PDF has no tables, only words placed on pages, so each page's words are rebuilt
/// into printed rows by <see cref="PdfPageRows"/>: lines by baseline, cells by the gaps between words, a row
/// label wrapped over several lines joined to the line of numbers it labels. A PDF without any text (a scan) is
/// refused: OCR is not supported.
/// </summary>
public sealed class PdfDocumentReader(DocumentLimits limits)
{
    public PdfDocumentReader() : this(DocumentLimits.Default)
    {
    }

    public DocumentReading Read(ReadOnlyMemory<byte> bytes)
    {
        if (PdfNesting.InFile(bytes.Span) is var depth and > PdfNesting.MostLevels)
            return DocumentReading.Refused(DocumentRefusals.CorruptDocument,
                $"The PDF nests arrays or dictionaries {depth:N0} deep; PDFs nest a few levels, and one this deep is not read.");
        var budget = new PdfStreamBudget(limits);
        try
        {
            using var document = PdfDocument.Open(MemoryBytes.Array(bytes),
                new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = budget });
            var pages = document.NumberOfPages;
            if (pages > limits.MaxPages)
                return DocumentReading.Refused(DocumentRefusals.DocumentTooLarge,
                    $"The PDF has {pages:N0} pages, more than the {limits.MaxPages:N0} a report could have.");
            if (pages == 0)
                return DocumentReading.Refused(DocumentRefusals.CorruptDocument, "The PDF has no pages.");

            var rows = new List<PrintedRow>();
            var pagesWithText = 0;
            for (var number = 1; number <= pages; number++)
            {
                var page = document.GetPage(number);
                if (page.Letters.Count == 0)
                    continue;
                pagesWithText++;
                rows.AddRange(PdfPageRows.Of(page.GetWords(), number));
                if (rows.Count > limits.MaxRows)
                    return DocumentReading.Refused(DocumentRefusals.DocumentTooLarge,
                        $"The PDF has more than {limits.MaxRows:N0} lines by page {number}; a report has far fewer.");
            }
            if (budget.Refusal is { } refusal)
                return refusal;
            if (pagesWithText == 0)
                return DocumentReading.Refused(DocumentRefusals.NoTextLayer, pages == 1
                    ? "The PDF's only page has no text layer; OCR is not supported."
                    : $"The PDF's {pages} pages have no text layer; OCR is not supported.");
            var title = document.Information.Title?.Trim();
            return new PrintedDocument("pdf", rows) { Title = string.IsNullOrEmpty(title) ? null : title };
        }
        catch (DocumentRefusedException e)
        {
            return e.Refusal;
        }
        catch (PdfDocumentEncryptedException)
        {
            return DocumentReading.Refused(DocumentRefusals.EncryptedDocument, "The PDF is encrypted with a password; send it without the password.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (budget.Refusal is { } refusal)
                return refusal;
            // PdfPig reports a broken file by many exception types (its own, InvalidOperationException,
            // ArgumentOutOfRangeException, KeyNotFoundException...): whichever it is, the bytes are not a readable PDF.
            return DocumentReading.Refused(DocumentRefusals.CorruptDocument, e is PdfDocumentFormatException
                ? $"The PDF cannot be parsed: {Sentence(e.Message)}"
                : "The PDF cannot be parsed: its structure is damaged.");
        }
    }

    private static string Sentence(string message)
    {
        var text = string.Join(' ', message.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (text.Length > 200)
            text = text[..200] + "...";
        return text.EndsWith('.') ? text : text + ".";
    }
}
