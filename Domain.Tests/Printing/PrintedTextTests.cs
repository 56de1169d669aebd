using System.Text.Json.Nodes;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Printing;

namespace Disclosure.Domain.Tests.Printing;

public class PrintedTextTests
{
    private static string[] Lines(string text) => text.Split('\n');

    /// <summary>The lines of one table: its heading, its rows, up to the blank line before the next.</summary>
    private static string[] TableLines(string text, string heading) =>
        [.. Lines(text).SkipWhile(l => l != heading).TakeWhile(l => l.Length > 0)];

    private static string Row(params object[] cells) => string.Join('\t', cells);

    [Fact]
    public void The_sample_prints_its_table_three_with_every_row_label_in_full()
    {
        var text = PrintedText.Of(Samples.Read(Samples.Shangtun2020));

        string[] zeros = ["0", "0", "0", "0", "0", "0", "0"];
        string Outcome(string group, string item) => Row(["三、本年度办理结果", group, item, .. zeros]);
        Assert.Equal(
        [
            "三、收到和处理政府信息公开申请情况",
            Row("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""),
            Row("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"),
            Row("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""),
            Row(["一、本年新收政府信息公开申请数量", "", "", .. zeros]),
            Row(["二、上年结转政府信息公开申请数量", "", "", .. zeros]),
            Outcome("（一）予以公开", ""),
            Outcome("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
            Outcome("（三）不予公开", "1.属于国家秘密"),
            Outcome("（三）不予公开", "2.其他法律行政法规禁止公开"),
            Outcome("（三）不予公开", "3.危及“三安全一稳定”"),
            Outcome("（三）不予公开", "4.保护第三方合法权益"),
            Outcome("（三）不予公开", "5.属于三类内部事务信息"),
            Outcome("（三）不予公开", "6.属于四类过程性信息"),
            Outcome("（三）不予公开", "7.属于行政执法案卷"),
            Outcome("（三）不予公开", "8.属于行政查询事项"),
            Outcome("（四）无法提供", "1.本机关不掌握相关政府信息"),
            Outcome("（四）无法提供", "2.没有现成信息需要另行制作"),
            Outcome("（四）无法提供", "3.补正后申请内容仍不明确"),
            Outcome("（五）不予处理", "1.信访举报投诉类申请"),
            Outcome("（五）不予处理", "2.重复申请"),
            Outcome("（五）不予处理", "3.要求提供公开出版物"),
            Outcome("（五）不予处理", "4.无正当理由大量反复申请"),
            Outcome("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
            Outcome("（六）其他处理", ""),
            Outcome("（七）总计", ""),
            Row(["四、结转下年度继续办理", "", "", .. zeros]),
        ], TableLines(text, "三、收到和处理政府信息公开申请情况"));
    }

    [Fact]
    public void The_sample_prints_its_table_four_across_under_three_rows_of_headings()
    {
        var text = PrintedText.Of(Samples.Read(Samples.Shangtun2020));

        string[] outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        Assert.Equal(
        [
            "四、政府信息公开行政复议、行政诉讼情况",
            Row("行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""),
            Row([.. outcomes, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]),
            Row(["", "", "", "", "", .. outcomes, .. outcomes]),
            Row([.. Enumerable.Repeat("0", 15)]),
        ], TableLines(text, "四、政府信息公开行政复议、行政诉讼情况"));
        Assert.EndsWith(Row([.. Enumerable.Repeat("0", 15)]) + "\n", text);
    }

    [Fact]
    public void The_sample_prints_its_table_two_block_by_block_with_its_figures()
    {
        var text = PrintedText.Of(Samples.Read(Samples.Shangtun2020));

        Assert.Equal(
        [
            "二、主动公开政府信息情况",
            Row("第二十条第（一）项", "", "", ""),
            Row("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"),
            Row("规章", 0, 0, 0),
            Row("规范性文件", 0, 0, 0),
            Row("第二十条第（五）项", "", "", ""),
            Row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
            Row("行政许可", 0, 0, 0),
            Row("其他对外管理服务事项", 0, 47, 200),
            Row("第二十条第（六）项", "", "", ""),
            Row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
            Row("行政处罚", 0, 8, 0),
            Row("行政强制", 0, 1, 0),
            Row("第二十条第（八）项", "", "", ""),
            Row("信息内容", "上一年项目数量", "本年增/减", ""),
            Row("行政事业性收费", 0, 0, ""),
            Row("第二十条第（九）项", "", "", ""),
            Row("信息内容", "采购项目数量", "采购总金额（万元）", ""),
            Row("政府集中采购", 0, 0, ""),
        ], TableLines(text, "二、主动公开政府信息情况"));
        Assert.StartsWith("二、主动公开政府信息情况\n", text);
    }

    [Fact]
    public void A_negative_change_is_printed_with_its_sign()
    {
        var report = Samples.Read(Samples.Changed(Samples.Shangtun2020, r =>
        {
            r["proactiveDisclosure"]!["licensing"]!["previousYearItems"] = 12;
            r["proactiveDisclosure"]!["licensing"]!["change"] = -3;
        }));

        Assert.Contains(Row("行政许可", 12, -3, 0), Lines(PrintedText.Of(report)));
    }

    [Fact]
    public void A_2021_report_printing_other_handling_as_one_row_prints_it_so_with_an_amount_of_six_decimals()
    {
        var report = Samples.Read(Samples.Changed(Samples.Township2021, r =>
        {
            r["proactiveDisclosure"]!["fees"]!["amountWan"] = JsonNode.Parse("36.812501");
            r["applications"]!["results"]!["otherHandling"] = JsonNode.Parse(
                """{ "naturalPerson": 2, "commercialEnterprise": 0, "researchInstitution": 0, "socialWelfareOrganization": 0, "legalServiceInstitution": 0, "otherOrganization": 1, "total": 3 }""");
        }));
        Assert.Equal(ReportFormats.UndividedOtherLayout, report.Layout.Id);

        var lines = Lines(PrintedText.Of(report));

        Assert.Contains(Row("行政事业性收费", "36.812501", "", ""), lines);
        var three = TableLines(PrintedText.Of(report), "三、收到和处理政府信息公开申请情况");
        Assert.Equal(1 + 3 + 23, three.Length);
        Assert.Equal(
        [
            Row("三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", 0, 0, 0, 0, 0, 0, 0),
            Row("三、本年度办理结果", "（六）其他处理", "", 2, 0, 0, 0, 0, 1, 3),
            Row("三、本年度办理结果", "（七）总计", "", 17, 2, 0, 0, 1, 1, 21),
            Row("四、结转下年度继续办理", "", "", 1, 0, 0, 0, 0, 0, 1),
        ], three[^4..]);
        Assert.DoesNotContain(lines, l => l.Contains("1.申请人无正当理由逾期不补正", StringComparison.Ordinal));
    }

    [Fact]
    public void A_2021_report_prints_other_handling_in_its_three_sub_rows_and_table_four_with_its_totals()
    {
        var text = PrintedText.Of(Samples.Read(Samples.Township2021));

        var three = TableLines(text, "三、收到和处理政府信息公开申请情况");
        Assert.Equal(1 + 3 + 25, three.Length);
        Assert.Equal(
        [
            Row("三、本年度办理结果", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 1, 0, 0, 0, 0, 0, 1),
            Row("三、本年度办理结果", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0, 0, 0, 0, 0, 1, 1),
            Row("三、本年度办理结果", "（六）其他处理", "3.其他", 1, 0, 0, 0, 0, 0, 1),
            Row("三、本年度办理结果", "（七）总计", "", 17, 2, 0, 0, 1, 1, 21),
        ], three[^5..^1]);
        Assert.Equal(Row(1, 1, 0, 1, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0), TableLines(text, "四、政府信息公开行政复议、行政诉讼情况")[^1]);
        Assert.Contains(Row("行政事业性收费", "36.8125", "", ""), Lines(text));
    }

    [Fact]
    public void A_sum_of_reports_prints_with_the_same_tables()
    {
        var report = Samples.Read(Samples.Township2021);
        var doubled = report.Values.Select(v => 2 * v).ToArray();

        var text = PrintedText.Write(PrintedTables.Of(report.Layout), doubled);

        Assert.Contains(Row("三、本年度办理结果", "（七）总计", "", 34, 4, 0, 0, 2, 2, 42), Lines(text));
        Assert.Contains(Row("行政事业性收费", "73.625", "", ""), Lines(text));
    }

    [Fact]
    public void Every_line_is_as_wide_as_its_table_and_its_figure_cells_alone_hold_numbers()
    {
        foreach (var report in new[] { Samples.Read(Samples.Shangtun2020), Samples.Read(Samples.Township2021) })
        {
            var values = report.Values.Select((_, i) => -1_000_000L - i).ToArray();
            foreach (var table in PrintedTables.Of(report.Layout).Tables)
            {
                var lines = PrintedText.Lines(table, values).ToArray();
                Assert.Equal(table.Rows.Count, lines.Length);
                for (var r = 0; r < lines.Length; r++)
                {
                    var cells = lines[r].Split('\t');
                    Assert.Equal(table.ColumnCount, cells.Length);
                    for (var c = 0; c < cells.Length; c++)
                    {
                        var covering = table.CoveringCell(r, c);
                        var isFigure = covering.Figure is not null && covering.Column == c;
                        Assert.Equal(isFigure, cells[c].StartsWith("-1", StringComparison.Ordinal));
                    }
                }
            }
        }
    }

    [Fact]
    public void Each_row_of_table_three_is_found_by_the_label_the_definitions_give_it_and_its_figures_by_column()
    {
        foreach (var layout in ReportFormats.All.SelectMany(f => f.Layouts))
        {
            var values = Enumerable.Range(0, layout.Cells.Max(c => c.Index) + 1).Select(i => (long)i).ToArray();
            var table = layout.Tables.Single(t => t.Section == ApplicationTables.Section);
            var lines = PrintedText.Lines(PrintedTables.Of(layout).Tables[1], values).Skip(3).Select(l => l.Split('\t')).ToArray();

            var labels = lines.Select(cells => string.Join(' ', cells.Take(3).Where(c => c.Length > 0 && c != "三、本年度办理结果")));
            Assert.Equal(table.Rows.Select(r => PrintedWording.RowLabels.GetValueOrDefault($"applications/{r.Path}") ?? r.Label.Zh), labels);
            for (var r = 0; r < lines.Length; r++)
            {
                var row = table.Rows[r];
                Assert.Equal(
                    table.Columns.Select(c => layout.Cells.Single(cell => cell.Pointer == $"/applications/{row.Path}/{c.Name}").Index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    lines[r].Skip(3));
            }
        }
    }
}
