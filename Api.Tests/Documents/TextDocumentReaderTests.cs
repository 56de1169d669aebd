using System.Text;
using Disclosure.Api.Documents;

namespace Disclosure.Api.Tests.Documents;

public class TextDocumentReaderTests
{
    static TextDocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static DocumentReading Read(string text, DocumentLimits? limits = null) =>
        new TextDocumentReader(limits ?? DocumentLimits.Default).Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void The_published_text_gives_a_row_per_line_and_a_cell_per_tab_blank_cells_kept()
    {
        var document = new TextDocumentReader().Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "shangtun-2020.txt"))).Read();

        Assert.Equal("text", document.Kind);
        Assert.Equal(["上屯镇人民政府2020年政府信息公开工作年度报告"], document.At("line 3").Texts());
        Assert.Equal(["一、本年新收政府信息公开申请数量", "", "0", "0", "0", "0", "0", "0", "0", ""], document.At("line 48").Texts());
        Assert.Equal(["", "(三) 不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"], document.At("line 52").Texts());
        Assert.Equal(["(七) 总计", "0", "0", "0", "0", "0", "0", "0", "", ""], document.At("line 69").Texts());
        Assert.Equal(Enumerable.Repeat("0", 15), document.At("line 78").Texts());
        Assert.Null(document.Title);
    }

    [Fact]
    public void Blank_lines_make_no_row_and_rows_keep_their_line_numbers()
    {
        var document = Read("一、总体情况\r\n\r\n  \t \n2020年，我镇...\n").Read();

        Assert.Equal(["line 1", "line 4"], document.Rows.Select(row => row.Place));
        Assert.Equal(["2020年，我镇..."], document.At("line 4").Texts());
    }

    [Fact]
    public void Without_tabs_cells_split_at_two_or_more_spaces_ascii_or_full_width()
    {
        var document = Read("　　规章  0　　12 3   4\n行政 许可").Read();

        Assert.Equal(["规章", "0", "12 3", "4"], document.At("line 1").Texts());
        Assert.Equal(["行政 许可"], document.At("line 2").Texts());
    }

    [Fact]
    public void Tabs_keep_every_cell_between_them_blank_or_not_trimmed()
    {
        var document = Read("\ta\t\t 0 \t").Read();

        Assert.Equal(["", "a", "", "0", ""], document.At("line 1").Texts());
    }

    [Fact]
    public void Gb18030_text_without_a_byte_order_mark_is_read_as_gb18030()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("行政处罚\t0\t8\t0");

        var document = new TextDocumentReader().Read(bytes).Read();

        Assert.Equal(["行政处罚", "0", "8", "0"], document.At("line 1").Texts());
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_text()
    {
        var document = new TextDocumentReader().Read(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("行政强制\t0")).ToArray()).Read();

        Assert.Equal(["行政强制", "0"], document.At("line 1").Texts());
    }

    [Fact]
    public void A_declared_charset_is_used()
    {
        var bytes = Encoding.GetEncoding("GBK").GetBytes("规范性文件\t0");

        Assert.Equal(["规范性文件", "0"], new TextDocumentReader().Read(bytes, "gbk").Read().At("line 1").Texts());
    }

    [Fact]
    public void Bytes_in_no_known_encoding_are_refused()
    {
        var refusal = new TextDocumentReader().Read(new byte[] { 0x41, 0x42, 0xFF, 0xFF, 0x43 }).Refused();

        Assert.Equal(DocumentRefusals.UndecodableText, refusal.Code);
        Assert.Equal("The text is neither UTF-8 nor GB18030: the byte 0xFF at offset 2 is not valid UTF-8 and the bytes are not valid GB18030.", refusal.Detail);
    }

    [Fact]
    public void Lines_of_columns_beyond_the_cell_limit_are_refused()
    {
        var refusal = Read("a\tb\tc\nd\te\tf\n", DocumentLimits.Default with { MaxCells = 5 }).Refused();

        Assert.Equal(DocumentRefusals.TooManyTables, refusal.Code);
        Assert.Equal("The text's lines of columns hold more than 5 cells; a report's tables have far fewer.", refusal.Detail);
    }

    [Fact]
    public void Lines_beyond_the_row_limit_are_refused()
    {
        var refusal = Read("a\nb\nc\n", DocumentLimits.Default with { MaxRows = 2 }).Refused();

        Assert.Equal(DocumentRefusals.DocumentTooLarge, refusal.Code);
        Assert.Equal("The text has more than 2 lines that are not blank; a report has far fewer.", refusal.Detail);
    }
}
