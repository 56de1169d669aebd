using Disclosure.Domain.Importing;

namespace Disclosure.Domain.Tests.Importing;

/// <summary>The format is told by table 二's labels and the layout by table 三's （六）, never by the year.</summary>
public class LayoutTests
{
    private static readonly (string, string)[] OneOtherHandlingRow =
    [
        ("（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1", "（六）其他处理\t^（六）其他处理\t2\t1\t0\t0\t0\t0\t3"),
        ("\n^三、本年度办⏎ ~ ~ ~ ~ ~ ~ ~ ~理结果\t^（六）其他处理\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0", ""),
        ("\n^三、本年度办⏎ ~ ~ ~ ~ ~ ~ ~ ~理结果\t^（六）其他处理\t3.其他\t1\t1\t0\t0\t0\t0\t2", ""),
    ];

    [Fact]
    public void Other_handling_printed_as_one_row_in_a_2021_report_is_the_undivided_layout()
    {
        var imported = Changed.Pingtan(OneOtherHandlingRow);

        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.Equal(("2021", "2021-undivided-other"), (imported.Format!.Id, imported.Layout!.Id));
        Assert.Equal(new ImportNote("layout", null,
            "Format 2021: table 二 prints the 2021 format's labels (\"本年制发件数\"、\"本年废止件数\"、\"现行有效件数\"、\"本年处理决定数量\"); " +
            "table 三 prints （六）其他处理 as one row with its own figures (its split is unknown, and is not invented). Layout 2021-undivided-other."),
            imported.Notes.Single(n => n.Code == ImportCodes.Layout));
        Assert.Contains("\"otherHandling\":{\"naturalPerson\":2,\"commercialEnterprise\":1,\"researchInstitution\":0,\"socialWelfareOrganization\":0,\"legalServiceInstitution\":0,\"otherOrganization\":0,\"total\":3}",
            Printed.TablesJson(imported));
        var read = Printed.ReadBack(imported, "350128001", 2024);
        Assert.Empty(read.Errors);
        Assert.Equal("2021-undivided-other", read.Report!.Layout.Id);
        Assert.Equal(0, read.Report[read.Report.Format.Cell("/applications/results/otherHandling/other/naturalPerson")]);
    }

    [Fact]
    public void Other_handling_as_one_row_and_as_sub_rows_is_a_problem()
    {
        var imported = Changed.Pingtan(("\n四、结转下年度继续办理\t", "\n（六）其他处理\t2\t1\t0\t0\t0\t0\t3\n四、结转下年度继续办理\t"));

        Assert.Equal("2021", imported.Layout!.Id);
        var problem = Assert.Single(imported.Problems);
        Assert.Equal(("layout-mismatch", "/applications/results/otherHandling"), (problem.Code, problem.Pointer));
    }

    [Fact]
    public void A_report_for_2021_printed_in_the_2019_format_is_read_in_the_2019_format()
    {
        var imported = Changed.Shangtun(("上屯镇人民政府2020年政府信息公开工作年度报告", "上屯镇人民政府2021年政府信息公开工作年度报告"));

        Assert.Equal(2021, imported.Year);
        Assert.Equal(("2019", "2019"), (imported.Format!.Id, imported.Layout!.Id));
        Assert.Empty(imported.Problems);
        Assert.EndsWith("Layout 2019. The title's year 2021 is not one the 2019 format was meant for; the tables decide.",
            imported.Notes.Single(n => n.Code == ImportCodes.Layout).Message);
        Assert.Empty(Printed.ReadBack(imported, "411328110", 2021).Errors);
    }

    [Fact]
    public void A_report_for_2020_printed_in_the_2021_format_is_read_in_the_2021_format()
    {
        var imported = DocumentImporter.Read(Printed.Html(Changed.Apply(Fixtures.Pingtan, ("2024年，平潭", "2020年，平潭"))) with { Title = "平潭综合实验区2020年政府信息公开工作年度报告" });

        Assert.Equal(2020, imported.Year);
        Assert.Equal("2021", imported.Layout!.Id);
        Assert.Empty(imported.Problems);
    }
}
