using System.Text;
using Disclosure.Api.Documents;
using Disclosure.Domain.Importing;

namespace Disclosure.Api.Tests.Documents;

public class PdfDocumentReaderTests
{
    private static readonly Lazy<PrintedDocument> Sample = new(() => new PdfDocumentReader().Read(TestPdfs.Sample).Read());

    private static IEnumerable<PrintedCell> Numbers(PrintedRow row) => row.Cells.SkipWhile(cell => !int.TryParse(cell.Text, out _));

    [Fact]
    public void The_published_pdf_gives_a_row_per_table_row_with_the_numbers_where_their_columns_are()
    {
        var document = Sample.Value;
        var received = document.Labelled("一、本年新收政府信息公开申请数量");
        var banned = Assert.Single(document.Rows, row => row.Cells.Count > 0 && row.Cells[0].Text.Contains("其他法律行政止公开", StringComparison.Ordinal));

        Assert.Equal("pdf", document.Kind);
        Assert.Equal(["95", "0", "0", "0", "0", "0", "95"], Numbers(received).Select(cell => cell.Text));
        Assert.Equal(["2.其他法律行政止公开", "0", "0", "0", "0", "0", "0", "0"], banned.Texts());
        foreach (var (number, column) in Numbers(banned).Zip(Numbers(received)))
            Assert.InRange(number.X!.Value - column.X!.Value, -2.0, 2.0);
        Assert.StartsWith("page 3, ", banned.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_wrapped_over_the_line_of_its_numbers_is_one_row_with_them()
    {
        var row = Sample.Value.Labelled("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");

        Assert.Equal(["9", "0", "0", "0", "0", "0", "9"], row.Cells.Skip(1).Select(cell => cell.Text));
    }

    [Fact]
    public void A_label_wrapped_below_its_numbers_and_continuing_on_the_next_line_is_one_row_with_them()
    {
        Assert.Equal(["5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0"],
            Sample.Value.Labelled("5.要求行政机关确认或重新出具已获取信息").Texts());
        Assert.Equal(["4.无正当理由大量反复申请", "0", "0", "0", "0", "0", "0", "0"], Sample.Value.Labelled("4.无正当理由大量反复申请").Texts());
    }

    [Fact]
    public void A_label_printed_down_the_side_a_character_a_line_is_a_row_of_its_own_and_takes_no_row_apart()
    {
        var document = Sample.Value;
        var vertical = document.Labelled("三、本年度办理结果");

        Assert.Single(vertical.Cells);
        Assert.Equal(["1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"], document.Rows[document.Rows.ToList().IndexOf(vertical) + 1].Texts());
        Assert.Equal(["3.危及“三安全一稳定”", "1", "0", "0", "0", "0", "0", "1"], document.Labelled("3.危及“三安全一稳定”").Texts());
        Assert.DoesNotContain(document.Rows, row => row.Cells.Any(cell => cell.Text is "三" or "果" or "办"));
    }

    [Fact]
    public void A_group_label_centred_on_its_sub_rows_stays_a_row_of_its_own()
    {
        var document = Sample.Value;

        Assert.Single(document.Labelled("（三）不予公开").Cells);
        Assert.Equal(["4.保护第三方合法权益", "0", "0", "0", "0", "0", "0", "0"], document.Labelled("4.保护第三方合法权益").Texts());
        Assert.Equal(["（四）无法提供", "1.本机关不掌握相关政府信息", "31", "0", "0", "0", "0", "0", "31"], document.Labelled("（四）无法提供").Texts());
    }

    [Fact]
    public void The_row_of_fifteen_numbers_without_a_label_stays_one_row()
    {
        var row = Assert.Single(Sample.Value.Rows, row => row.Cells.Count == 15);

        Assert.Equal(["1", "1", "0", "0", "2", "1", "0", "0", "0", "1", "2", "0", "1", "0", "3"], row.Texts());
        Assert.StartsWith("page 4, ", row.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_outside_tables_is_a_row_per_line_with_its_headings_and_the_title_from_the_document_information()
    {
        var document = Sample.Value;

        Assert.Equal(["淮安市洪泽区人民政府"], document.At("page 1, line 1").Texts());
        Assert.Equal(["2024年政府信息公开工作年度报告"], document.At("page 1, line 2").Texts());
        Assert.Equal(["三、收到和处理政府信息公开申请情况"], document.Labelled("三、收到和处理政府信息公开申请情况").Texts());
        Assert.Equal(["法》，全年收取政府信息公开信息处理费0元。"], document.At("page 5, line 7").Texts());
        Assert.Equal("政府信息公开工作年度报告", document.Title);
    }

    [Fact]
    public void Words_on_one_baseline_split_into_cells_at_gaps_wider_than_a_character_each_with_the_centre_of_its_text()
    {
        var pdf = TestPdfs.Words(("Licensing", 80, 500, 10), ("decisions", 124, 500, 10), ("9487", 300, 500, 10), ("12", 400, 501.5, 14));

        var row = Assert.Single(new PdfDocumentReader().Read(pdf).Read().Rows);

        Assert.Equal(["Licensing decisions", "9487", "12"], row.Texts());
        // Helvetica's digits are 0.556 of the font size wide.
        Assert.Equal(300 + 4 * 5.56 / 2, row.Cells[1].X!.Value, 0.1);
        Assert.Equal("page 1, line 1", row.Place);
    }

    [Fact]
    public void Lines_without_numbers_close_above_and_below_a_line_of_numbers_are_its_label_but_not_a_label_left_of_its_own()
    {
        var pdf = TestPdfs.Words(
            ("Partly disclosed (counted", 104, 265, 9), ("7", 320, 258, 14), ("2", 350, 258, 14), ("once only)", 104, 251.5, 9),
            ("Group", 60, 236, 9), ("1. Secret", 104, 230, 9), ("0", 320, 230, 14), ("Notes follow", 104, 200, 9));

        var rows = new PdfDocumentReader().Read(pdf).Read().Rows;

        Assert.Equal(
            [["Partly disclosed (counted once only)", "7", "2"], ["Group"], ["1. Secret", "0"], ["Notes follow"]],
            rows.Select(row => row.Texts()));
    }

    [Fact]
    public void Characters_alone_on_their_lines_stacked_closely_at_one_x_are_a_vertical_label_row_before_the_rows_beside_it()
    {
        var pdf = TestPdfs.Words(("X", 60, 300, 9), ("Y", 60, 290, 9), ("Z", 60, 280, 9), ("W", 60, 270, 9), ("1. Secret", 104, 285, 9), ("0", 320, 285, 14));

        var rows = new PdfDocumentReader().Read(pdf).Read().Rows;

        Assert.Equal([["XYZW"], ["1. Secret", "0"]], rows.Select(row => row.Texts()));
    }

    [Fact]
    public void Letter_spaced_text_on_tight_lines_is_not_taken_for_vertical_labels()
    {
        var words = new[] { 300.0, 290, 280 }.SelectMany(baseline => new[] { "A", "B", "C" }.Select((letter, i) => (letter, 60.0 + 12 * i, baseline, 10.0))).ToArray();

        var rows = new PdfDocumentReader().Read(TestPdfs.Words(words)).Read().Rows;

        Assert.Equal([["A B C"], ["A B C"], ["A B C"]], rows.Select(row => row.Texts()));
    }

    [Fact]
    public void A_group_label_left_of_the_label_column_of_a_line_of_numbers_without_a_label_stays_a_row_of_its_own()
    {
        var pdf = TestPdfs.Words(("Partly disclosed (counted", 104, 265, 9), ("Group", 60, 261.5, 9), ("7", 320, 258, 14), ("once only)", 104, 251.5, 9));

        var rows = new PdfDocumentReader().Read(pdf).Read().Rows;

        Assert.Equal([["Group"], ["Partly disclosed (counted once only)", "7"]], rows.Select(row => row.Texts()));
    }

    [Fact]
    public void A_truncated_pdf_is_refused_as_corrupt()
    {
        var refusal = new PdfDocumentReader().Read(TestPdfs.Sample.AsMemory(0, 120_000)).Refused();

        Assert.Equal(DocumentRefusals.CorruptDocument, refusal.Code);
        Assert.StartsWith("The PDF cannot be parsed: ", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_no_pdf_at_all_are_refused_as_corrupt()
    {
        Assert.Equal(DocumentRefusals.CorruptDocument, new PdfDocumentReader().Read("not a pdf"u8.ToArray()).Refused().Code);
    }

    [Fact]
    public void An_encrypted_pdf_is_refused()
    {
        var refusal = new PdfDocumentReader().Read(TestPdfs.Encrypted()).Refused();

        Assert.Equal(new DocumentRefusal(DocumentRefusals.EncryptedDocument, "The PDF is encrypted with a password; send it without the password."), refusal);
    }

    [Fact]
    public void A_pdf_whose_pages_have_no_text_is_refused_because_ocr_is_not_supported()
    {
        Assert.Equal(new DocumentRefusal(DocumentRefusals.NoTextLayer, "The PDF's 2 pages have no text layer; OCR is not supported."),
            new PdfDocumentReader().Read(TestPdfs.WithoutText(2)).Refused());
        Assert.Equal(new DocumentRefusal(DocumentRefusals.NoTextLayer, "The PDF's only page has no text layer; OCR is not supported."),
            new PdfDocumentReader().Read(TestPdfs.WithoutText(1)).Refused());
    }

    [Fact]
    public void A_compressed_stream_expanding_beyond_the_limit_is_refused_before_it_is_decoded()
    {
        var refusal = new PdfDocumentReader(DocumentLimits.Default with { MaxExpandedBytes = 1024 * 1024 }).Read(TestPdfs.FlateBomb(3)).Refused();

        Assert.Equal(new DocumentRefusal(DocumentRefusals.DocumentTooLarge,
            "A compressed stream of the PDF expands to more than 1,048,576 bytes, the most a document is read to."), refusal);
    }

    [Fact]
    public void A_compressed_stream_within_the_limit_is_decoded()
    {
        Assert.Equal(DocumentRefusals.NoTextLayer, new PdfDocumentReader(DocumentLimits.Default with { MaxExpandedBytes = 4 * 1024 * 1024 }).Read(TestPdfs.FlateBomb(3)).Refused().Code);
    }

    [Fact]
    public void Streams_expanding_beyond_the_limit_in_all_are_refused()
    {
        var refusal = new PdfDocumentReader(DocumentLimits.Default with { MaxPdfDecodedBytes = 500_000 }).Read(TestPdfs.Sample).Refused();

        Assert.Equal(new DocumentRefusal(DocumentRefusals.DocumentTooLarge,
            "The PDF's compressed streams expand to more than 500,000 bytes in all, the most a document is read to."), refusal);
    }

    [Fact]
    public void Syntax_nested_thousands_deep_is_refused_before_pdfpig_parses_it()
    {
        var deep = "q "u8.ToArray().Concat(Enumerable.Repeat((byte)'[', 5_000)).ToArray();

        Assert.Equal(new DocumentRefusal(DocumentRefusals.CorruptDocument,
                "The PDF nests arrays or dictionaries 5,000 deep; PDFs nest a few levels, and one this deep is not read."),
            new PdfDocumentReader().Read(TestPdfs.HandWritten("", TestPdfs.Stream([deep], compressed: false))).Refused());
        Assert.Equal(new DocumentRefusal(DocumentRefusals.CorruptDocument,
                "A compressed stream of the PDF nests arrays or dictionaries 5,000 deep; PDFs nest a few levels, and one this deep is not read."),
            new PdfDocumentReader().Read(TestPdfs.HandWritten("", TestPdfs.Stream([deep], compressed: true))).Refused());
    }

    [Fact]
    public void Brackets_in_binary_streams_and_in_strings_are_not_nesting()
    {
        var binary = Enumerable.Range(0, 5_000).SelectMany(_ => new byte[] { 0x9C, (byte)'[', 0xE2 }).ToArray();
        var strings = Encoding.ASCII.GetBytes("BT " + string.Concat(Enumerable.Repeat("(\\[[[ \\) ([ [) ", 500)) + "ET");

        var refusal = new PdfDocumentReader().Read(TestPdfs.HandWritten("", TestPdfs.Stream([strings], compressed: false), TestPdfs.Stream([binary], compressed: false))).Refused();

        Assert.Equal(DocumentRefusals.NoTextLayer, refusal.Code);
    }

    [Fact]
    public void A_pdf_of_more_pages_than_the_limit_is_refused()
    {
        var refusal = new PdfDocumentReader(DocumentLimits.Default with { MaxPages = 4 }).Read(TestPdfs.Sample).Refused();

        Assert.Equal(new DocumentRefusal(DocumentRefusals.DocumentTooLarge, "The PDF has 5 pages, more than the 4 a report could have."), refusal);
    }
}
