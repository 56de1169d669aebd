using System.Buffers.Binary;
using System.IO.Compression;
using Disclosure.Api.Documents;
using Disclosure.Domain.Importing;
using static Disclosure.Api.Tests.Documents.TestDocx;

namespace Disclosure.Api.Tests.Documents;

public class WordDocumentReaderTests
{
    private static DocumentReading Read(byte[] bytes, DocumentLimits? limits = null) => new WordDocumentReader(limits ?? DocumentLimits.Default).Read(bytes);

    [Fact]
    public void Paragraphs_and_tables_are_read_in_body_order_with_merged_cells_expanded_and_the_copies_marked()
    {
        var docx = Build("上屯镇人民政府2020年政府信息公开工作年度报告",
            Paragraph("三、收到和处理政府信息公开申请情况"),
            Table(
                Row(Cell("三、本年度办理结果", merge: "restart"), Cell("（一）予以公开", span: 2), Cell("71")),
                Row(Cell("", merge: "continue"), Cell("（三）不予公开", merge: "restart"), Cell("1.属于国家秘密"), Cell("4")),
                Row(Cell("", merge: "continue"), Cell("", merge: "continue"), Cell("2.其他法律行政法规禁止公开"), Cell("0"))),
            Paragraph("四、政府信息公开行政复议、行政诉讼情况"));

        var document = Read(docx).Read();

        Assert.Equal("docx", document.Kind);
        Assert.Equal("上屯镇人民政府2020年政府信息公开工作年度报告", document.Title);
        Assert.Equal(["paragraph 1", "table 1, row 1", "table 1, row 2", "table 1, row 3", "paragraph 2"], document.Rows.Select(row => row.Place));
        Assert.Equal(
            [new PrintedCell("三、本年度办理结果"), new PrintedCell("（一）予以公开"), new PrintedCell("（一）予以公开", SpannedCopy: true), new PrintedCell("71")],
            document.Rows[1].Cells);
        Assert.Equal(
            [new PrintedCell("三、本年度办理结果", SpannedCopy: true), new PrintedCell("（三）不予公开"), new PrintedCell("1.属于国家秘密"), new PrintedCell("4")],
            document.Rows[2].Cells);
        Assert.Equal(
            [new PrintedCell("三、本年度办理结果", SpannedCopy: true), new PrintedCell("（三）不予公开", SpannedCopy: true), new PrintedCell("2.其他法律行政法规禁止公开"), new PrintedCell("0")],
            document.Rows[3].Cells);
        Assert.Equal(["四、政府信息公开行政复议、行政诉讼情况"], document.Rows[4].Texts());
    }

    [Fact]
    public void Line_breaks_and_paragraphs_in_a_cell_are_new_lines_and_a_break_in_the_body_a_new_row()
    {
        var docx = Build(null,
            Table(Row(Cell("社会|公益|组织"), new DocumentFormat.OpenXml.Wordprocessing.TableCell(Paragraph(" 结果 ", "维持 "), Paragraph("")))),
            Paragraph("上屯镇人民政府", "2021年1月20日"));

        var document = Read(docx).Read();

        Assert.Equal(["社会\n公益\n组织", "结果\n维持"], document.At("table 1, row 1").Texts());
        Assert.Equal([["上屯镇人民政府"], ["2021年1月20日"]], document.Rows.Where(row => row.Place == "paragraph 1").Select(row => row.Texts()));
        Assert.Null(document.Title);
    }

    [Fact]
    public void A_table_nested_in_a_cell_is_read_as_its_own_table_after_the_row_holding_it()
    {
        var docx = Build(null, Table(
            Row(Cell("外"), Cell("前", more: Table(Row(Cell("内"), Cell("2"))))),
            Row(Cell("末行"), Cell("0"))));

        var document = Read(docx).Read();

        Assert.Equal(["table 1, row 1: 外|前", "table 2, row 1: 内|2", "table 1, row 2: 末行|0"],
            document.Rows.Select(row => $"{row.Place}: {string.Join('|', row.Texts())}"));
    }

    [Fact]
    public void Paragraphs_rows_and_cells_inside_content_controls_and_custom_xml_are_read()
    {
        var docx = Raw($"""
            <w:document xmlns:w="{Namespace}"><w:body>
              <w:customXml w:element="report"><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:customXml>
              <w:tbl>
                <w:sdt><w:sdtPr/><w:sdtContent><w:tr>
                  <w:tc><w:p><w:r><w:t>行政许可</w:t></w:r></w:p></w:tc>
                  <w:sdt><w:sdtPr/><w:sdtContent><w:tc><w:p><w:r><w:t>9487</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>
                </w:tr></w:sdtContent></w:sdt>
              </w:tbl>
            </w:body></w:document>
            """);

        var document = Read(docx).Read();

        Assert.Equal(["paragraph 1: 一、总体情况", "table 1, row 1: 行政许可|9487"], document.Rows.Select(row => $"{row.Place}: {string.Join('|', row.Texts())}"));
    }

    [Fact]
    public void The_main_document_part_is_the_one_the_package_relationships_name()
    {
        var docx = Raw($"<w:document xmlns:w=\"{Namespace}\"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>", mainPart: "word/document2.xml");

        Assert.Equal(["正文"], Read(docx).Read().At("paragraph 1").Texts());
        Assert.Equal("docx", new DocumentReaders().Read(docx, null, null).Read().Kind);
    }

    [Fact]
    public void Bytes_that_are_no_zip_are_refused_as_corrupt()
    {
        var refusal = Read("PK\u0003\u0004 not really a zip"u8.ToArray()).Refused();

        Assert.Equal(DocumentRefusals.CorruptDocument, refusal.Code);
        Assert.StartsWith("The Word file is not a readable zip of XML parts: ", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_word_file_is_refused_as_corrupt()
    {
        var docx = Build("标题", Paragraph("正文"));

        Assert.Equal(DocumentRefusals.CorruptDocument, Read(docx[..(docx.Length / 2)]).Refused().Code);
    }

    [Fact]
    public void A_zip_without_word_document_xml_is_refused_as_corrupt()
    {
        Assert.Equal(
            new DocumentRefusal(DocumentRefusals.CorruptDocument, "The Word file has no word/document.xml, so it is not a .docx document."),
            Read(Zip(("readme.txt", "hello"))).Refused());
    }

    [Fact]
    public void Malformed_xml_in_word_document_xml_is_refused_as_corrupt()
    {
        Assert.Equal(DocumentRefusals.CorruptDocument, Read(Raw($"<w:document xmlns:w=\"{Namespace}\"><w:body><w:p>")).Refused().Code);
    }

    [Fact]
    public void A_zip_bomb_named_docx_is_refused_by_its_declared_size_before_anything_is_inflated()
    {
        var refusal = Read(Bomb(200)).Refused();

        Assert.Equal(DocumentRefusals.DocumentTooLarge, refusal.Code);
        Assert.StartsWith("The entry word/document.xml of the Word file expands ", refusal.Detail, StringComparison.Ordinal);
        Assert.EndsWith(" bytes to 209,715,200, more than 100:1 (a zip bomb).", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_declaring_more_than_the_limit_in_all_is_refused()
    {
        var refusal = Read(Bomb(3), DocumentLimits.Default with { MaxExpandedBytes = 2 * 1024 * 1024, MaxCompressionRatio = 10_000 }).Refused();

        Assert.Equal(
            new DocumentRefusal(DocumentRefusals.DocumentTooLarge, "The Word file's zip expands to 3,145,728 bytes, more than the 2,097,152 a document is read to."),
            refusal);
    }

    [Fact]
    public void An_entry_declaring_less_than_it_holds_is_inflated_only_as_far_as_it_declares()
    {
        var bomb = Raw($"<w:document xmlns:w=\"{Namespace}\"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>", zeroMegabytes: 3);
        Lie(bomb, "word/media/zeros.bin", 1000);

        var document = Read(bomb, DocumentLimits.Default with { MaxExpandedBytes = 2 * 1024 * 1024 }).Read();

        Assert.Equal(["正文"], document.At("paragraph 1").Texts());
        using var zip = new ZipArchive(new MemoryStream(bomb), ZipArchiveMode.Read);
        using var zeros = zip.GetEntry("word/media/zeros.bin")!.Open();
        Assert.Equal(1000, Inflated(zeros));
    }

    [Fact]
    public void A_word_document_xml_declaring_less_than_it_holds_is_cut_there_and_refused_as_corrupt()
    {
        var docx = Raw($"<w:document xmlns:w=\"{Namespace}\"><w:body>{string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>正文</w:t></w:r></w:p>", 10_000))}</w:body></w:document>");
        Lie(docx, "word/document.xml", 1000);

        var refusal = Read(docx).Refused();

        Assert.Equal(DocumentRefusals.CorruptDocument, refusal.Code);
        Assert.StartsWith("The Word file is not a readable zip of XML parts: Unexpected end of file", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_xml_nested_deeper_than_the_limit_is_refused_before_the_sdk_reads_it()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 1_000)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 1_000));

        var refusal = Read(Raw($"<w:document xmlns:w=\"{Namespace}\"><w:body>{nested}</w:body></w:document>")).Refused();

        Assert.Equal(
            new DocumentRefusal(DocumentRefusals.DocumentTooLarge, "The Word file's word/document.xml nests 2,002 elements deep, more than the 1,000 levels a document is read to."),
            refusal);
    }

    [Fact]
    public void More_tables_than_the_limit_are_refused()
    {
        var docx = Build(null, Table(Row(Cell("a"))), Table(Row(Cell("b"))), Table(Row(Cell("c"))));

        Assert.Equal(
            new DocumentRefusal(DocumentRefusals.TooManyTables, "The Word file has more than 2 tables; a report has far fewer."),
            Read(docx, DocumentLimits.Default with { MaxTables = 2 }).Refused());
    }

    [Fact]
    public void Tables_holding_more_cells_than_the_limit_are_refused()
    {
        var docx = Build(null, Table(Row(Cell("a", span: 100)), Row(Cell("b", span: 100))));

        Assert.Equal(
            new DocumentRefusal(DocumentRefusals.TooManyTables, "The Word file's tables hold more than 150 cells (merged cells counted in every place they cover), reached in table 1."),
            Read(docx, DocumentLimits.Default with { MaxCells = 150 }).Refused());
    }

    private static long Inflated(Stream entry)
    {
        var buffer = new byte[81_920];
        long total = 0;
        int read;
        while ((read = entry.Read(buffer)) > 0)
            total += read;
        return total;
    }

    /// <summary>Writes a smaller uncompressed size for an entry into its local header and the central directory, as a hostile zip would.</summary>
    private static void Lie(byte[] zip, string name, uint size)
    {
        var nameBytes = System.Text.Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes))
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            if (signature == 0x02014b50 && zip.AsSpan(i + 46, nameBytes.Length).SequenceEqual(nameBytes))
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
        }
    }
}
