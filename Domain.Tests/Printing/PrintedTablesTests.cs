using Disclosure.Domain.Formats;
using Disclosure.Domain.Printing;

namespace Disclosure.Domain.Tests.Printing;

public class PrintedTablesTests
{
    private static readonly ReportLayout Layout2019 = ReportFormats.Format2019.Layouts[0];
    private static readonly ReportLayout Layout2021 = ReportFormats.Format2021.Layouts[0];
    private static readonly ReportLayout Undivided2021 = ReportFormats.Format2021.FindLayout(ReportFormats.UndividedOtherLayout)!;

    /// <summary>A row's heading and label cells as <c>column:text rowSpan×columnSpan</c>.</summary>
    private static string[] Labels(PrintedTableRow row) =>
        [.. row.Cells.Where(c => c.Figure is null).Select(c => $"{c.Column}:{c.Text} {c.RowSpan}×{c.ColumnSpan}")];

    private static PrintedTable Table(ReportLayout layout, string number) => PrintedTables.Of(layout).Tables.Single(t => t.Number == number);

    [Fact]
    public void Every_layout_prints_tables_two_three_and_four_under_their_headings()
    {
        foreach (var layout in new[] { Layout2019, Layout2021, Undivided2021 })
        {
            Assert.Equal(["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"],
                PrintedTables.Of(layout).Tables.Select(t => t.Heading));
            Assert.Same(PrintedTables.Of(layout), PrintedTables.Of(layout));
        }
    }

    [Fact]
    public void Every_cell_a_layout_prints_is_one_figure_in_the_order_of_its_cells()
    {
        foreach (var layout in new[] { Layout2019, Layout2021, Undivided2021 })
            Assert.Equal(layout.Cells, PrintedTables.Of(layout).Tables.SelectMany(t => t.Figures));
    }

    [Fact]
    public void Table_two_of_2019_prints_five_blocks_each_under_its_title_and_信息内容()
    {
        var table = Table(Layout2019, "二");

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(5 * 2 + 8, table.Rows.Count);
        Assert.Equal(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"],
            table.Rows.Where(r => r.Kind == PrintedRowKind.Caption).Select(r => Assert.Single(r.Cells)).Select(c => c.Text));
        Assert.All(table.Rows.Where(r => r.Kind == PrintedRowKind.Caption), r => Assert.Equal(4, r.Cells[0].ColumnSpan));
        Assert.Equal(["规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"],
            table.Rows.Where(r => r.Kind == PrintedRowKind.Body).Select(r => r.Cells[0].Text));
        Assert.Equal(["0:信息内容 1×1", "1:上一年项目数量 1×1", "2:本年增/减 1×1", "3:处理决定数量 1×1"], Labels(table.Rows[5]));
        // 第（八）项 has two columns: the last is printed across the rest of the table.
        Assert.Equal(["0:信息内容 1×1", "1:上一年项目数量 1×1", "2:本年增/减 1×2"], Labels(table.Rows[13]));
        var fees = table.Rows[14];
        Assert.Equal("/proactiveDisclosure/fees/change", fees.Cells[2].Figure!.Pointer);
        Assert.Equal(2, fees.Cells[2].ColumnSpan);
    }

    [Fact]
    public void Table_two_of_2021_prints_one_column_blocks_across_the_table()
    {
        var table = Table(Layout2021, "二");

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(4 * 2 + 6, table.Rows.Count);
        Assert.Equal(["规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"],
            table.Rows.Where(r => r.Kind == PrintedRowKind.Body).Select(r => r.Cells[0].Text));
        Assert.Equal(["0:信息内容 1×1", "1:本年制发件数 1×1", "2:本年废止件数 1×1", "3:现行有效件数 1×1"], Labels(table.Rows[1]));
        Assert.Equal(["0:信息内容 1×1", "1:本年处理决定数量 1×3"], Labels(table.Rows[5]));
        Assert.Equal(["0:信息内容 1×1", "1:本年收费金额（单位：万元） 1×3"], Labels(table.Rows[12]));
        var fees = table.Rows[13];
        Assert.Equal("/proactiveDisclosure/fees/amountWan", fees.Cells[1].Figure!.Pointer);
        Assert.Equal(3, fees.Cells[1].ColumnSpan);
    }

    [Fact]
    public void Table_three_heads_its_columns_with_the_applicants_in_three_rows()
    {
        foreach (var layout in new[] { Layout2019, Layout2021, Undivided2021 })
        {
            var table = Table(layout, "三");

            Assert.Equal(10, table.ColumnCount);
            Assert.Equal([PrintedRowKind.Header, PrintedRowKind.Header, PrintedRowKind.Header], table.Rows.Take(3).Select(r => r.Kind));
            Assert.Equal(["0:（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 3×3", "3:申请人情况 1×7"], Labels(table.Rows[0]));
            Assert.Equal(["3:自然人 2×1", "4:法人或其他组织 1×5", "9:总计 2×1"], Labels(table.Rows[1]));
            Assert.Equal(["4:商业企业 1×1", "5:科研机构 1×1", "6:社会公益组织 1×1", "7:法律服务机构 1×1", "8:其他 1×1"], Labels(table.Rows[2]));
            Assert.Same(table.Rows[0].Cells[0], table.CoveringCell(2, 2));
            Assert.Same(table.Rows[1].Cells[2], table.CoveringCell(2, 9));
        }
    }

    [Fact]
    public void Table_three_of_2019_numbers_its_rows_as_printed_with_other_handling_one_row()
    {
        var table = Table(Layout2019, "三");

        Assert.Equal(3 + 23, table.Rows.Count);
        Assert.Equal(["0:一、本年新收政府信息公开申请数量 1×3"], Labels(table.Rows[3]));
        Assert.Equal(["0:二、上年结转政府信息公开申请数量 1×3"], Labels(table.Rows[4]));
        Assert.Equal(["0:三、本年度办理结果 20×1", "1:（一）予以公开 1×2"], Labels(table.Rows[5]));
        Assert.Equal(["1:（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1×2"], Labels(table.Rows[6]));
        Assert.Equal(["1:（三）不予公开 8×1", "2:1.属于国家秘密 1×1"], Labels(table.Rows[7]));
        Assert.Equal(["2:8.属于行政查询事项 1×1"], Labels(table.Rows[14]));
        Assert.Equal(["1:（四）无法提供 3×1", "2:1.本机关不掌握相关政府信息 1×1"], Labels(table.Rows[15]));
        Assert.Equal(["1:（五）不予处理 5×1", "2:1.信访举报投诉类申请 1×1"], Labels(table.Rows[18]));
        Assert.Equal(["2:5.要求行政机关确认或重新出具已获取信息 1×1"], Labels(table.Rows[22]));
        Assert.Equal(["1:（六）其他处理 1×2"], Labels(table.Rows[23]));
        Assert.Equal(["1:（七）总计 1×2"], Labels(table.Rows[24]));
        Assert.Equal(["0:四、结转下年度继续办理 1×3"], Labels(table.Rows[25]));
        Assert.Equal("/applications/results/otherHandling/total", table.Rows[23].Cells[^1].Figure!.Pointer);
        Assert.All(table.Rows.Skip(3), r => Assert.Equal(7, r.Cells.Count(c => c.Figure is not null)));
    }

    [Fact]
    public void Table_three_of_2021_prints_other_handling_with_its_three_sub_rows()
    {
        var table = Table(Layout2021, "三");

        Assert.Equal(3 + 25, table.Rows.Count);
        Assert.Equal(["0:三、本年度办理结果 22×1", "1:（一）予以公开 1×2"], Labels(table.Rows[5]));
        Assert.Equal(["1:（六）其他处理 3×1", "2:1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1×1"], Labels(table.Rows[23]));
        Assert.Equal(["2:2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 1×1"], Labels(table.Rows[24]));
        Assert.Equal(["2:3.其他 1×1"], Labels(table.Rows[25]));
        Assert.Equal(["1:（七）总计 1×2"], Labels(table.Rows[26]));
        Assert.Equal(["0:四、结转下年度继续办理 1×3"], Labels(table.Rows[27]));
        Assert.Equal("/applications/results/otherHandling/other/naturalPerson", table.Rows[25].Cells[1].Figure!.Pointer);
    }

    [Fact]
    public void Table_three_of_the_undivided_2021_layout_prints_other_handling_as_one_row_of_its_own_cells()
    {
        var table = Table(Undivided2021, "三");

        Assert.Equal(3 + 23, table.Rows.Count);
        Assert.Equal(["0:三、本年度办理结果 20×1", "1:（一）予以公开 1×2"], Labels(table.Rows[5]));
        Assert.Equal(["1:（六）其他处理 1×2"], Labels(table.Rows[23]));
        Assert.Equal(["1:（七）总计 1×2"], Labels(table.Rows[24]));
        var naturalPerson = table.Rows[23].Cells.First(c => c.Figure is not null).Figure!;
        Assert.Equal("/applications/results/otherHandling/naturalPerson", naturalPerson.Pointer);
        Assert.Same(ReportFormats.Format2021.Cell("/applications/results/otherHandling/naturalPerson"), naturalPerson);
    }

    [Fact]
    public void Table_four_prints_review_and_litigation_across_with_one_row_of_figures()
    {
        foreach (var layout in new[] { Layout2019, Layout2021, Undivided2021 })
        {
            var table = Table(layout, "四");

            Assert.Equal(15, table.ColumnCount);
            Assert.Equal([PrintedRowKind.Header, PrintedRowKind.Header, PrintedRowKind.Header, PrintedRowKind.Body], table.Rows.Select(r => r.Kind));
            Assert.Equal(["0:行政复议 1×5", "5:行政诉讼 1×10"], Labels(table.Rows[0]));
            Assert.Equal(["0:结果维持 2×1", "1:结果纠正 2×1", "2:其他结果 2×1", "3:尚未审结 2×1", "4:总计 2×1", "5:未经复议直接起诉 1×5", "10:复议后起诉 1×5"],
                Labels(table.Rows[1]));
            Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
                table.Rows[2].Cells.Select(c => c.Text));
            Assert.Equal(5, table.Rows[2].Cells[0].Column);
            Assert.Equal(
                ["review/upheld", "review/corrected", "review/other", "review/pending", "review/total",
                 "litigationDirect/upheld", "litigationDirect/corrected", "litigationDirect/other", "litigationDirect/pending", "litigationDirect/total",
                 "litigationAfterReview/upheld", "litigationAfterReview/corrected", "litigationAfterReview/other", "litigationAfterReview/pending", "litigationAfterReview/total"],
                table.Rows[3].Cells.Select(c => $"{c.Figure!.Row}/{c.Figure.Column}"));
        }
    }

    [Fact]
    public void A_grid_with_a_place_covered_twice_or_not_at_all_is_refused()
    {
        PrintedTableRow Header(params PrintedTableCell[] cells) => new(PrintedRowKind.Header, cells);

        var twice = Assert.Throws<ArgumentException>(() => new PrintedTable("s", "二", "t", 2,
            [Header(PrintedTableCell.Label(0, "a", rowSpan: 2), PrintedTableCell.Label(1, "b")), Header(PrintedTableCell.Label(0, "c"), PrintedTableCell.Label(1, "d"))]));
        Assert.StartsWith("Table 二、t: two cells cover row 1, column 0.", twice.Message);
        var gap = Assert.Throws<ArgumentException>(() => new PrintedTable("s", "二", "t", 2, [Header(PrintedTableCell.Label(0, "a"))]));
        Assert.StartsWith("Table 二、t: no cell covers row 0, column 1.", gap.Message);
        var past = Assert.Throws<ArgumentException>(() => new PrintedTable("s", "二", "t", 2, [Header(PrintedTableCell.Label(0, "a", columnSpan: 3))]));
        Assert.StartsWith("Table 二、t: a cell of row 0 at column 0 reaches past the table.", past.Message);
    }
}
