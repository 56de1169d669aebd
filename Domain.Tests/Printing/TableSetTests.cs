using Disclosure.Domain.Formats;
using Disclosure.Domain.Printing;

namespace Disclosure.Domain.Tests.Printing;

/// <summary>Which layout prints a sum of 2021 reports, and what it tells the reader about （六）其他处理.</summary>
public class TableSetTests
{
    private static readonly ReportFormat Format = ReportFormats.Format2021;
    private static readonly ReportLayout Undivided = Format.FindLayout(ReportFormats.UndividedOtherLayout)!;

    private static long[] Sums(long undividedReports)
    {
        var sums = new long[Format.Cells.Count];
        sums[Undivided.Marker!.Index] = undividedReports;
        return sums;
    }

    private static string[] ApplicationLabels(TableSet set) =>
        [.. set.Printed.Tables.Single(t => t.Number == "三").Rows.SelectMany(r => r.Cells).Select(c => c.Text).OfType<string>()];

    [Fact]
    public void Reports_that_all_divide_it_print_in_the_usual_layout_without_a_note()
    {
        var set = TableSet.Of(Format, 5, 1, Sums(0));

        Assert.Same(Format.Layouts[0], set.Layout);
        Assert.Equal("2021", set.LayoutId);
        Assert.Empty(set.Notes);
        Assert.Equal("2021 格式，汇总 5 份报告，其中 1 份已标记", set.Caption);
    }

    [Fact]
    public void Reports_that_all_print_it_undivided_print_in_their_layout_with_a_note()
    {
        var set = TableSet.Of(Format, 4, 0, Sums(4));

        Assert.Same(Undivided, set.Layout);
        Assert.Equal(ReportFormats.UndividedOtherLayout, set.LayoutId);
        Assert.Equal(["全部 4 份报告将（六）其他处理印为一行，未分 1、2、3 项。"], set.Notes);
        Assert.Equal(["本报告将（六）其他处理印为一行，未分 1、2、3 项。"], TableSet.Of(Format, 1, 0, Sums(1)).Notes);
    }

    [Fact]
    public void A_mix_prints_the_sub_rows_then_the_undivided_row_and_says_how_many_reports_each_covers()
    {
        var set = TableSet.Of(Format, 7, 2, Sums(3));

        Assert.Null(set.LayoutId);
        Assert.Equal(["（六）其他处理：4 份报告分项填报，计入 1、2、3 项；3 份报告未分项，只计入“（六）其他处理（未分项）”一行，不拆分到各项。"], set.Notes);
        var labels = ApplicationLabels(set);
        var at = Array.IndexOf(labels, "（六）其他处理");
        Assert.Equal(["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（六）其他处理（未分项）", "（七）总计"],
            labels[at..(at + 6)]);
        // Every cell of the usual layout, and the undivided row's seven, each printed once.
        var figures = set.Printed.Tables.SelectMany(t => t.Figures).ToList();
        Assert.Equal(Format.Layouts[0].Cells.Count + 7, figures.Count);
        Assert.Equal(figures.Count, figures.Distinct().Count());
        Assert.Contains(Format.Cell("/applications/results/otherHandling/naturalPerson"), figures);
        Assert.DoesNotContain(Undivided.Marker, figures);
    }

    [Fact]
    public void The_2019_format_has_one_layout_whatever_the_sums()
    {
        var sums = new long[ReportFormats.Format2019.Cells.Count];

        var set = TableSet.Of(ReportFormats.Format2019, 2, 0, sums);

        Assert.Equal("2019", set.LayoutId);
        Assert.Empty(set.Notes);
    }
}
