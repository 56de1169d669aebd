using Disclosure.Domain.Importing;

namespace Disclosure.Domain.Tests.Importing;

/// <summary>The title, the body and year it names, and the publication date: from the metadata, else under the signature.</summary>
public class TitleTests
{
    private static ImportedReport Import(string text, string? metadataTitle = null, DateOnly? publishedAt = null) =>
        DocumentImporter.Read(Printed.Text(text) with { Title = metadataTitle, PublishedAt = publishedAt });

    [Theory]
    [InlineData("上屯镇人民政府2020年政府信息公开工作年度报告", "上屯镇", 2020)]
    [InlineData("唐河县上屯镇人民政府2020年度政府信息公开工作年度报告", "唐河县上屯镇", 2020)]
    [InlineData("城东街道办事处２０２１年政府信息公开年度报告", "城东街道", 2021)]
    [InlineData("  某某乡政府 2022 年政府信息公开工作年度报告", "某某乡", 2022)]
    [InlineData("关于毕店镇2021年政府信息公开工作年度报告", "毕店镇", 2021)]
    public void The_first_title_line_names_the_body_and_year(string line, string body, int year)
    {
        var imported = Import($"\n{line}\n一、总体情况\n今年我镇2019年政府信息公开工作年度报告已按时发布。");

        Assert.Equal(line.Replace(" ", ""), imported.Title);
        Assert.Equal(body, imported.BodyName);
        Assert.Equal(year, imported.Year);
    }

    [Fact]
    public void A_title_over_two_lines_takes_its_body_from_the_line_above()
    {
        var imported = DocumentImporter.Read(Printed.Pdf("淮安市洪泽区人民政府@186\n2024@129 | 年政府信息公开工作年度报告@178\n本报告由…@106"));

        Assert.Equal(("淮安市洪泽区人民政府2024年政府信息公开工作年度报告", "淮安市洪泽区", 2024), (imported.Title, imported.BodyName, imported.Year));
    }

    [Fact]
    public void The_metadata_title_gives_the_body_a_printed_title_lacks()
    {
        var imported = Import("2021年政府信息公开工作年度报告\n一、总体情况", "毕店镇人民政府2021年政府信息公开工作年度报告_唐河县人民政府");

        Assert.Equal(("毕店镇人民政府2021年政府信息公开工作年度报告", "毕店镇", 2021), (imported.Title, imported.BodyName, imported.Year));
    }

    [Fact]
    public void The_metadata_title_is_used_when_the_text_has_none()
    {
        var imported = Import("一、总体情况\n无", "毕店镇人民政府2021年政府信息公开工作年度报告_唐河县人民政府");

        Assert.Equal(("毕店镇人民政府2021年政府信息公开工作年度报告", "毕店镇", 2021), (imported.Title, imported.BodyName, imported.Year));
    }

    [Fact]
    public void No_title_is_null()
    {
        var imported = Import("一、总体情况\n今年我镇认真贯彻落实《条例》。");

        Assert.Equal((null, null, null), (imported.Title, imported.BodyName, imported.Year));
    }

    [Theory]
    [InlineData("2021年1月20日")]
    [InlineData("２０２１年１月２０日")]
    [InlineData("2021-01-20")]
    [InlineData("2021.1.20")]
    [InlineData("二〇二一年一月二十日")]
    [InlineData("上屯镇人民政府　2021年1月20日")]
    [InlineData("上屯镇人民政府二〇二一年一月二十日")]
    public void The_date_under_the_signature_is_the_publication_date(string printed)
    {
        var imported = Import($"上屯镇人民政府2020年政府信息公开工作年度报告\n六、其他需要报告的事项\n无\n\n上屯镇人民政府\n{printed}\n");

        Assert.Equal(new DateOnly(2021, 1, 20), imported.PublishedAt);
    }

    [Theory]
    [InlineData("二〇二一年十二月三十一日", 2021, 12, 31)]
    [InlineData("二〇二二年十月十日", 2022, 10, 10)]
    [InlineData("2022年2月8日", 2022, 2, 8)]
    public void Dates_in_chinese_numerals(string printed, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Import($"某镇\n{printed}").PublishedAt);
    }

    [Theory]
    [InlineData("2021年2月30日")]
    [InlineData("截至2021年1月20日，共受理申请3件")]
    public void Not_a_date_line_is_no_date(string printed)
    {
        Assert.Null(Import($"上屯镇人民政府2020年政府信息公开工作年度报告\n{printed}").PublishedAt);
    }

    [Fact]
    public void The_metadata_date_comes_first()
    {
        Assert.Equal(new DateOnly(2021, 2, 1), Import("某镇\n2021年1月20日", publishedAt: new DateOnly(2021, 2, 1)).PublishedAt);
    }
}
