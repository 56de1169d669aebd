using Disclosure.Domain.Importing;
using Disclosure.Domain.Reading;

namespace Disclosure.Domain.Tests.Importing;

/// <summary>The real 上屯镇 2020 text, split as the text reader splits it, imports to exactly the tables of its report.</summary>
public class ShangtunTests
{
    private static readonly ImportedReport Imported = DocumentImporter.Read(Printed.Text(Samples.Text("shangtun-2020.txt")));

    [Fact]
    public void Every_cell_is_the_reports()
    {
        var read = Printed.ReadBack(Imported);
        Assert.Empty(read.Errors);
        var expected = ReportReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "shangtun-2020.json"))).Report!;
        Assert.Equal(Printed.Tables(expected), Printed.Tables(read.Report!));
        Assert.Equal(198, Imported.Sources.Count);
        Assert.Equal(Imported.Sources.Select(s => s.Pointer).Order(), Printed.Tables(expected).Keys.Order());
    }

    [Fact]
    public void The_title_format_and_layout_are_found_with_nothing_missing_or_blank()
    {
        Assert.Equal("2019", Imported.Format!.Id);
        Assert.Equal("2019", Imported.Layout!.Id);
        Assert.Equal("上屯镇人民政府2020年政府信息公开工作年度报告", Imported.Title);
        Assert.Equal("上屯镇", Imported.BodyName);
        Assert.Equal(2020, Imported.Year);
        Assert.Null(Imported.PublishedAt);
        Assert.Empty(Imported.Problems);
        Assert.Empty(Imported.NotFound);
        Assert.Empty(Imported.Blanks);
        var note = Assert.Single(Imported.Notes);
        Assert.Equal(new ImportNote("layout", null,
            "Format 2019: table 二 prints the 2019 format's labels (\"本年新制作数量\"、\"本年新公开数量\"、\"对外公开总数量\"、\"上一年项目数量\"); table 三 prints （六）其他处理 as one row. Layout 2019."), note);
    }

    [Fact]
    public void Group_labels_printed_only_on_a_groups_first_row_are_not_needed()
    {
        Assert.Equal(new CellSource("/applications/results/withheld/stateSecret/naturalPerson", "三", "(三)不予公开 1.属于国家秘密", "自然人", "0"),
            Imported.Sources.Single(s => s.Pointer == "/applications/results/withheld/stateSecret/naturalPerson"));
        Assert.Equal(new CellSource("/applications/results/withheld/prohibitedByLaw/total", "三", "2.其他法律行政法规禁止公开", "总计", "0"),
            Imported.Sources.Single(s => s.Pointer == "/applications/results/withheld/prohibitedByLaw/total"));
        Assert.Equal(new CellSource("/proactiveDisclosure/otherServices/decisions", "二", "其他对外管理服务事项", "处理决定数量", "200"),
            Imported.Sources.Single(s => s.Pointer == "/proactiveDisclosure/otherServices/decisions"));
        Assert.Equal(new CellSource("/reviewLitigation/litigationAfterReview/total", "四", "行政诉讼 复议后起诉", "总计", "0"),
            Imported.Sources.Single(s => s.Pointer == "/reviewLitigation/litigationAfterReview/total"));
    }
}
