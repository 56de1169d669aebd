using Disclosure.Domain.Importing;
using Disclosure.Domain.Reading;

namespace Disclosure.Domain.Tests.Importing;

/// <summary>
/// The published samples as their readers print them (<see cref="Fixtures"/>): every cell imports to the report the
/// samples' README gives, through the contract reader.
/// </summary>
public class PublishedDocumentImporterTests
{
    private static Dictionary<string, long> Expected(string name) =>
        Printed.Tables(ReportReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "published", name))).Report!);

    [Fact]
    public void Pingtan_web_page_with_merged_cells_copied()
    {
        var document = Printed.Html(Fixtures.Pingtan) with { Title = "平潭综合实验区2024年度政府信息公开工作年度报告_平潭综合实验区管委会", PublishedAt = new DateOnly(2025, 3, 10) };
        var imported = DocumentImporter.Read(document);

        Assert.Equal("2021", imported.Layout!.Id);
        Assert.Equal("平潭综合实验区2024年度政府信息公开工作年度报告", imported.Title);
        Assert.Equal("平潭综合实验区", imported.BodyName);
        Assert.Equal(2024, imported.Year);
        Assert.Equal(new DateOnly(2025, 3, 10), imported.PublishedAt);
        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.Empty(imported.Blanks);
        Assert.Equal(["layout"], imported.Notes.Select(n => n.Code));
        var read = Printed.ReadBack(imported, "350128001", 2024);
        Assert.Empty(read.Errors);
        Assert.Equal(Expected("pingtan-2024.expected.json"), Printed.Tables(read.Report!));
        Assert.Equal("三、本年度办理结果 (六)其他处理 3.其他",
            imported.Sources.Single(s => s.Pointer == "/applications/results/otherHandling/other/total").Row.Replace("（", "(").Replace("）", ")"));
    }

    [Fact]
    public void Hongze_pdf_with_wrapped_labels_and_vertical_group_label()
    {
        var imported = DocumentImporter.Read(Printed.Pdf(Fixtures.Hongze));

        Assert.Equal("2021-undivided-other", imported.Layout!.Id);
        Assert.Equal("淮安市洪泽区人民政府2024年政府信息公开工作年度报告", imported.Title);
        Assert.Equal("淮安市洪泽区", imported.BodyName);
        Assert.Equal(2024, imported.Year);
        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.Empty(imported.Blanks);
        Assert.Equal(
        [
            new ImportNote("label-variant", "/applications/results/withheld/prohibitedByLaw",
                "The printed label \"其他法律行政止公开\" (page 1, line 43) was read as \"其他法律行政法规禁止公开\" (（三）不予公开 2.其他法律行政法规禁止公开): a misprint."),
        ], imported.Notes.Where(n => n.Code == "label-variant"));
        Assert.StartsWith("Format 2021: table 二 prints the 2021 format's labels", imported.Notes.Single(n => n.Code == "layout").Message);
        Assert.EndsWith("table 三 prints （六）其他处理 as one row with its own figures (its split is unknown, and is not invented). Layout 2021-undivided-other.",
            imported.Notes.Single(n => n.Code == "layout").Message);

        var read = Printed.ReadBack(imported, "320813001", 2024);
        Assert.Empty(read.Errors);
        Assert.Equal(Expected("hongze-2024.expected.json"), Printed.Tables(read.Report!));
        Assert.Equal("2021-undivided-other", read.Report!.Layout.Id);
        Assert.Equal("5.要求行政机关确认或重新出具已获取信息",
            imported.Sources.Single(s => s.Pointer == "/applications/results/notProcessed/confirmationOrReissue/total").Row);
        Assert.Equal("2.没有现成信息需要另行制作",
            imported.Sources.Single(s => s.Pointer == "/applications/results/unableToProvide/needsCreation/total").Row);
    }
}
