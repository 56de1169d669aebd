using System.Text;
using Disclosure.Api.Documents;
using Disclosure.Domain.Importing;

namespace Disclosure.Api.Tests.Documents;

public class HtmlDocumentReaderTests
{
    static HtmlDocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static DocumentReading Read(string html, DocumentLimits? limits = null) =>
        new HtmlDocumentReader(limits ?? DocumentLimits.Default).Read(Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Rowspans_and_colspans_are_expanded_into_a_grid_with_the_copies_marked()
    {
        var document = Read("""
            <table>
              <tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>71</td></tr>
              <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>4</td></tr>
              <tr><td>2.其他法律行政法规禁止公开</td><td>0</td></tr>
            </table>
            """).Read();

        Assert.Equal(["table 1, row 1", "table 1, row 2", "table 1, row 3"], document.Rows.Select(row => row.Place));
        Assert.Equal(
            [new PrintedCell("三、本年度办理结果"), new PrintedCell("（一）予以公开"), new PrintedCell("（一）予以公开", SpannedCopy: true), new PrintedCell("71")],
            document.Rows[0].Cells);
        Assert.Equal(
            [new PrintedCell("三、本年度办理结果", SpannedCopy: true), new PrintedCell("（三）不予公开"), new PrintedCell("1.属于国家秘密"), new PrintedCell("4")],
            document.Rows[1].Cells);
        Assert.Equal(
            [new PrintedCell("三、本年度办理结果", SpannedCopy: true), new PrintedCell("（三）不予公开", SpannedCopy: true), new PrintedCell("2.其他法律行政法规禁止公开"), new PrintedCell("0")],
            document.Rows[2].Cells);
    }

    [Fact]
    public void A_cells_markup_is_flattened_entities_decoded_line_breaks_kept_and_the_text_trimmed()
    {
        var document = Read("""
            <table><tr>
              <td style="width: 60px"> <p><span style="font-family: 宋体">一、<b>本年</b></span>新收&nbsp;申请  数量</p><p>（件）<br/>合计&#x3000;</p> </td>
              <td><span><span>&nbsp;217&nbsp;</span></span></td>
            </tr></table>
            """).Read();

        Assert.Equal(["一、本年新收\u00A0申请 数量\n（件）\n合计", "217"], document.At("table 1, row 1").Texts());
    }

    [Fact]
    public void A_table_nested_in_a_cell_is_read_as_its_own_table_after_the_row_holding_it_and_not_in_the_cell()
    {
        var document = Read("""
            <table>
              <tr><td>外</td><td>前<table><tr><td>内 1</td><td>2</td></tr></table>后</td></tr>
              <tr><td>末行</td><td>0</td></tr>
            </table>
            """).Read();

        Assert.Equal(["table 1, row 1", "table 2, row 1", "table 1, row 2"], document.Rows.Select(row => row.Place));
        Assert.Equal(["外", "前\n后"], document.Rows[0].Texts());
        Assert.Equal(["内 1", "2"], document.Rows[1].Texts());
        Assert.Equal(["末行", "0"], document.Rows[2].Texts());
    }

    [Fact]
    public void Text_outside_tables_is_a_row_per_block_and_per_line_break_in_reading_order()
    {
        var document = Read("""
            <html><head><title>忽略</title><style>p { color: red }</style></head><body>
            <h1>上屯镇人民政府2020年政府信息公开工作年度报告</h1>
            <div><div>一、总体情况</div>正文<span>第一段</span></div>
            <ul><li>甲</li><li>乙</li></ul>
            <script>var x = "不是正文";</script>
            <p style="display: none">隐藏</p>
            <table><tr><td>行政许可</td><td>0</td></tr></table>
            <p>上屯镇人民政府<br>2021年1月20日</p>
            </body></html>
            """).Read();

        Assert.Equal(
            [
                "paragraph 1: 上屯镇人民政府2020年政府信息公开工作年度报告", "paragraph 2: 一、总体情况", "paragraph 3: 正文第一段",
                "paragraph 4: 甲", "paragraph 5: 乙", "table 1, row 1: 行政许可|0", "paragraph 6: 上屯镇人民政府", "paragraph 7: 2021年1月20日",
            ],
            document.Rows.Select(row => $"{row.Place}: {string.Join('|', row.Texts())}"));
        Assert.Equal("忽略", document.Title);
    }

    [Fact]
    public void The_title_and_publication_date_come_from_the_meta_tags_government_sites_publish()
    {
        var document = Read("""
            <html><head><title>年度报告_平潭综合实验区</title>
            <meta name="ArticleTitle" content="平潭综合实验区2024年政府信息公开工作年度报告">
            <meta name="PubDate" content="2025-03-10 09:30">
            </head><body><p>正文</p></body></html>
            """).Read();

        Assert.Equal("平潭综合实验区2024年政府信息公开工作年度报告", document.Title);
        Assert.Equal(new DateOnly(2025, 3, 10), document.PublishedAt);
    }

    [Theory]
    [InlineData("""<meta name="publishdate" content="2021/1/20">""", "2021-01-20")]
    [InlineData("""<meta property="article:published_time" content="2024-02-29T08:00:00+08:00">""", "2024-02-29")]
    [InlineData("""<meta name="firstpublishedtime" content="2023年12月5日">""", "2023-12-05")]
    [InlineData("""<meta name="PubDate" content="2023-02-30">""", null)]
    [InlineData("""<meta name="PubDate" content="unknown">""", null)]
    public void A_publication_date_is_the_date_part_of_its_meta_tag_or_none_when_unparsable(string meta, string? date)
    {
        var document = Read($"<html><head>{meta}</head><body><p>正文</p></body></html>").Read();

        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), document.PublishedAt);
    }

    [Fact]
    public void A_gbk_page_declaring_its_charset_in_a_meta_tag_is_decoded()
    {
        var bytes = Encoding.GetEncoding("GBK").GetBytes("""<html><head><meta charset="gbk"></head><body><p>政府信息公开</p></body></html>""");

        Assert.Equal(["政府信息公开"], new HtmlDocumentReader().Read(bytes).Read().Rows[0].Texts());
    }

    [Fact]
    public void A_gb2312_page_declaring_its_charset_by_http_equiv_is_decoded_as_gb18030()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>镕𠀀</p></body></html>""");

        Assert.Equal(["镕𠀀"], new HtmlDocumentReader().Read(bytes).Read().Rows[0].Texts());
    }

    [Fact]
    public void A_gb18030_page_declaring_nothing_is_decoded_as_gb18030_because_it_is_not_utf8()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("<p>（二）部分公开</p>");

        Assert.Equal(["（二）部分公开"], new HtmlDocumentReader().Read(bytes).Read().Rows[0].Texts());
    }

    [Fact]
    public void A_utf8_byte_order_mark_outranks_a_meta_charset()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("""<meta charset="gbk"><p>总计</p>""")).ToArray();

        Assert.Equal(["总计"], new HtmlDocumentReader().Read(bytes).Read().Rows[0].Texts());
    }

    [Fact]
    public void The_published_page_gives_the_rows_of_its_three_tables()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "published", "pingtan-2024.html"));

        var document = new HtmlDocumentReader().Read(bytes).Read();

        Assert.Equal(["paragraph 1", "paragraph 2"], document.Rows.Take(2).Select(row => row.Place));
        Assert.Equal(["一、总体情况"], document.At("paragraph 2").Texts());
        Assert.Equal(["行政规范性文件", "62", "33", "440"], document.At("table 1, row 4").Texts());
        Assert.Equal(["行政事业性收费", "18651.06", "18651.06", "18651.06"], document.At("table 1, row 14").Texts());
        Assert.Equal([false, false, true, true], document.At("table 1, row 14").Cells.Select(cell => cell.SpannedCopy));
        Assert.Equal(["一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "217", "1", "0", "0", "0", "0", "218"],
            document.At("table 2, row 4").Texts());
        Assert.Equal(["三、本\n年度办\n理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "29", "0", "0", "0", "0", "0", "29"],
            document.At("table 2, row 7").Texts());
        Assert.Equal(["三、本\n年度办\n理结果", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关\n不再处理其政府信息公开申请", "1", "0", "0", "0", "0", "0", "1"],
            document.At("table 2, row 24").Texts());
        Assert.Equal(["2", "1", "3", "1", "7", "0", "0", "0", "0", "0", "13", "2", "4", "0", "19"], document.At("table 3, row 4").Texts());
        Assert.Equal(28, document.Rows.Count(row => row.Place.StartsWith("table 2,", StringComparison.Ordinal)));
        Assert.DoesNotContain(document.Rows, row => row.Place.StartsWith("table 4,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_of_a_thousand_tables_is_refused_before_it_is_parsed()
    {
        var refusal = Read(string.Concat(Enumerable.Repeat("<table><tr><td>0</td></tr></table>", 1000))).Refused();

        Assert.Equal(DocumentRefusals.TooManyTables, refusal.Code);
        Assert.Equal("The page has 1,000 tables, more than the 200 a report could have.", refusal.Detail);
    }

    [Fact]
    public void A_rowspan_of_a_hundred_thousand_is_cut_at_the_tables_last_row_and_a_colspan_at_a_hundred()
    {
        var document = Read("""<table><tr><td rowspan="100000">a</td><td colspan="100000">b</td></tr><tr><td>c</td></tr></table>""").Read();

        Assert.Equal(2, document.Rows.Count);
        Assert.Equal(101, document.Rows[0].Cells.Count);
        Assert.Equal(["a", "c"], document.Rows[1].Texts());
        Assert.True(document.Rows[1].Cells[0].SpannedCopy);
    }

    [Fact]
    public void Tables_holding_more_cells_than_the_limit_are_refused()
    {
        var row = "<tr>" + string.Concat(Enumerable.Repeat("<td colspan=\"100\">0</td>", 10)) + "</tr>";

        var refusal = Read($"<table>{string.Concat(Enumerable.Repeat(row, 60))}</table>").Refused();

        Assert.Equal(DocumentRefusals.TooManyTables, refusal.Code);
        Assert.Equal("The page's tables hold more than 50,000 cells (merged cells counted in every place they cover), reached in table 1.", refusal.Detail);
    }

    [Fact]
    public void A_page_nested_deeper_than_browsers_go_is_refused_before_it_is_parsed()
    {
        var refusal = Read("<body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x</body>").Refused();

        Assert.Equal(DocumentRefusals.DocumentTooLarge, refusal.Code);
        Assert.Equal("The page's elements nest 100,000 deep, more than the 1,000 levels a page is read to.", refusal.Detail);
    }

    [Fact]
    public void Stray_end_tags_do_not_hide_how_deeply_a_page_nests()
    {
        var refusal = Read(string.Concat(Enumerable.Repeat("<span></b>", 2_000))).Refused();

        Assert.Equal(DocumentRefusals.DocumentTooLarge, refusal.Code);
        Assert.Equal("The page's elements nest 2,000 deep, more than the 1,000 levels a page is read to.", refusal.Detail);
    }

    [Fact]
    public void Unclosed_paragraphs_and_cells_which_the_parser_closes_itself_do_not_count_as_nesting()
    {
        var document = Read(string.Concat(Enumerable.Repeat("<p>段", 3_000))).Read();

        Assert.Equal(3_000, document.Rows.Count);
    }
}
