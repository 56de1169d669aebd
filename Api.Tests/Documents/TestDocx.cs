using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Api.Tests.Documents;

/// <summary>Word files made in the tests with the Open Xml SDK, and zips that only pretend to be one.</summary>
internal static class TestDocx
{
    public static byte[] Build(string? title, params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.AddMainDocumentPart().Document = new Document(new Body(blocks));
            if (title is not null)
                package.PackageProperties.Title = title;
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph of one run, its lines separated by &lt;w:br/&gt;.</summary>
    public static Paragraph Paragraph(params string[] lines)
    {
        var run = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return new Paragraph(run);
    }

    public static Table Table(params TableRow[] rows) => new(rows.Prepend<OpenXmlElement>(new TableProperties()));

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>A cell of a paragraph per text; <paramref name="merge"/> "restart" or "continue" for a vertical merge.</summary>
    public static TableCell Cell(string text, int span = 1, string? merge = null, params OpenXmlElement[] more)
    {
        var properties = new TableCellProperties();
        if (span > 1)
            properties.Append(new GridSpan { Val = span });
        if (merge is not null)
            properties.Append(merge == "restart" ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
        return new TableCell(new OpenXmlElement[] { properties }.Concat(text.Split('|').Select(part => Paragraph(part))).Concat(more));
    }

    /// <summary>A zip of the three parts a Word file needs, its word/document.xml as given.</summary>
    public static byte[] Raw(string documentXml, int zeroMegabytes = 0, string mainPart = "word/document.xml") => Zip(zeroMegabytes,
        ("[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{mainPart}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
        ("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/{mainPart}"/></Relationships>"""),
        (mainPart, documentXml));

    public static byte[] Zip(params (string Name, string Content)[] entries) => Zip(0, entries);

    /// <summary>A zip of the entries, and, when <paramref name="zeroMegabytes"/> is not 0, word/media/zeros.bin of that many MB of zeros.</summary>
    public static byte[] Zip(int zeroMegabytes, params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
            if (zeroMegabytes > 0)
                WriteZeros(zip, "word/media/zeros.bin", zeroMegabytes);
        }
        return stream.ToArray();
    }

    /// <summary>A zip whose word/document.xml is <paramref name="megabytes"/> MB of zeros.</summary>
    public static byte[] Bomb(int megabytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            WriteZeros(zip, "word/document.xml", megabytes);
        return stream.ToArray();
    }

    /// <summary>Zeros streamed into an entry a megabyte at a time, so that the test never holds more than one.</summary>
    private static void WriteZeros(ZipArchive zip, string name, int megabytes)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        var zeros = new byte[1024 * 1024];
        for (var i = 0; i < megabytes; i++)
            entry.Write(zeros);
    }

    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
}
