using System.Text;
using Disclosure.Domain.Importing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Api.Documents;

/// <summary>
/// Reads a Word (.docx) file: its paragraphs (a row each, a line break starting a new row) and tables in body
/// order, each table as a full grid with its merged cells (gridSpan, vMerge) expanded and the copies marked. The zip
/// is checked by <see cref="WordPackageCheck"/> before the Open Xml SDK reads a byte of it.
/// </summary>
public sealed class WordDocumentReader(DocumentLimits limits)
{
    public WordDocumentReader() : this(DocumentLimits.Default)
    {
    }

    public DocumentReading Read(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            if (WordPackageCheck.Refusal(bytes, limits) is { } refusal)
                return refusal;
            using var package = WordprocessingDocument.Open(MemoryBytes.Stream(bytes), false,
                new OpenSettings { MaxCharactersInPart = limits.MaxExpandedBytes });
            var body = package.MainDocumentPart?.Document?.Body;
            if (body is null)
                return DocumentReading.Refused(DocumentRefusals.CorruptDocument, "The Word file has no document body.");
            var rows = new Walk(limits).Rows(body);
            var title = package.PackageProperties.Title?.Trim();
            return new PrintedDocument("docx", rows) { Title = string.IsNullOrEmpty(title) ? null : title };
        }
        catch (DocumentRefusedException e)
        {
            return e.Refusal;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The SDK reports a broken package by many exception types (OpenXmlPackageException, XmlException,
            // InvalidDataException, InvalidOperationException...): whichever it is, the file is not a readable .docx.
            return DocumentReading.Refused(DocumentRefusals.CorruptDocument, e is OpenXmlPackageException or System.Xml.XmlException or InvalidDataException
                ? $"The Word file cannot be read: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}."
                : "The Word file cannot be read: its structure is damaged.");
        }
    }

    private sealed class Walk(DocumentLimits limits)
    {
        private readonly PrintedRows rows = new(limits, "The Word file");
        private int paragraphs;

        public IReadOnlyList<PrintedRow> Rows(Body body)
        {
            foreach (var block in Blocks(body))
            {
                if (block is Table table)
                {
                    ReadTable(table);
                    continue;
                }
                paragraphs++;
                foreach (var line in ParagraphText((Paragraph)block).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0))
                    Add(new PrintedRow([new PrintedCell(line)], $"paragraph {paragraphs}"));
            }
            return rows.Rows;
        }

        private void Add(PrintedRow row) => rows.Add(row);

        private void ReadTable(Table table)
        {
            var number = rows.NextTable();
            var placed = Unwrapped(table, element => element is TableRow).Cast<TableRow>().Select(Placed).ToList();
            var source = new List<IReadOnlyList<SourceCell>>();
            var nested = new List<List<Table>>();
            var continued = new HashSet<TableCell>();
            for (var r = 0; r < placed.Count; r++)
            {
                var inRow = new List<Table>();
                var cells = new List<SourceCell>();
                foreach (var (cell, column, span, merge) in placed[r])
                {
                    if (continued.Contains(cell))
                        continue;
                    var rowSpan = 1;
                    if (merge == Merge.Restart)
                        while (r + rowSpan < placed.Count
                               && placed[r + rowSpan].FirstOrDefault(below => below.Column == column && below.Merge == Merge.Continue) is { Cell: { } below })
                        {
                            continued.Add(below);
                            rowSpan++;
                        }
                    cells.Add(new SourceCell(CellText(cell, inRow), rowSpan, span, column));
                }
                source.Add(cells);
                nested.Add(inRow);
            }
            var expanded = rows.Expand(number, source);
            for (var r = 0; r < expanded.Count; r++)
            {
                Add(new PrintedRow(expanded[r], $"table {number}, row {r + 1}"));
                foreach (var inner in nested[r])
                    ReadTable(inner);
            }
        }

        private enum Merge
        {
            None,
            Restart,
            Continue,
        }

        /// <summary>A row's cells with the grid column each starts in (after the row's gridBefore), its gridSpan and its vertical merge.</summary>
        private static List<(TableCell Cell, int Column, int Span, Merge Merge)> Placed(TableRow row)
        {
            var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            var cells = new List<(TableCell, int, int, Merge)>();
            foreach (var cell in Unwrapped(row, element => element is TableCell).Cast<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge switch
                {
                    null => Merge.None,
                    { Val: { } value } when value.Value == MergedCellValues.Restart => Merge.Restart,
                    _ => Merge.Continue,
                };
                cells.Add((cell, column, span, merge));
                column += span;
            }
            return cells;
        }

        private static string CellText(TableCell cell, List<Table> nestedTables)
        {
            var lines = new List<string>();
            foreach (var block in Blocks(cell))
            {
                if (block is Table table)
                    nestedTables.Add(table);
                else
                    lines.AddRange(ParagraphText((Paragraph)block).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
            }
            return string.Join('\n', lines);
        }

        /// <summary>The paragraphs and tables of a body or cell in order, including those inside content controls and custom XML.</summary>
        private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container) => Unwrapped(container, element => element is Paragraph or Table);

        /// <summary>The children of an element that are <paramref name="wanted"/>, looking inside the content controls and custom XML elements a template wraps blocks, rows and cells in.</summary>
        private static IEnumerable<OpenXmlElement> Unwrapped(OpenXmlElement container, Func<OpenXmlElement, bool> wanted)
        {
            foreach (var child in container.ChildElements)
            {
                if (wanted(child))
                    yield return child;
                else if (child is SdtBlock or SdtRow or SdtCell or SdtContentBlock or SdtContentRow or SdtContentCell or CustomXmlBlock or CustomXmlRow or CustomXmlCell)
                    foreach (var inner in Unwrapped(child, wanted))
                        yield return inner;
            }
        }

        private static string ParagraphText(Paragraph paragraph)
        {
            var text = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text part:
                        text.Append(part.Text);
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }
            return text.ToString();
        }
    }
}
