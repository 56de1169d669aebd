using Disclosure.Domain.Importing;

namespace Disclosure.Domain.Tests.Importing;

/// <summary>Figures are read exactly: separators, signs, decimals and units as the contract allows, blanks as 0 or derived, anything else a problem.</summary>
public class FigureTests
{
    private const string Pingtan = "350128001";

    [Fact]
    public void Thousands_separators_half_and_full_width()
    {
        var imported = Changed.Pingtan(("行政许可\t4529\t", "行政许可\t4,529\t"), ("行政处罚\t1100\t", "行政处罚\t1，100\t"));

        Assert.Empty(imported.Problems);
        Assert.Equal(4529, Changed.Value(imported, "/proactiveDisclosure/licensing/decisions", Pingtan, 2024));
        Assert.Equal(1100, Changed.Value(imported, "/proactiveDisclosure/penalties/decisions", Pingtan, 2024));
    }

    [Fact]
    public void Separators_not_in_groups_of_three_are_a_problem()
    {
        var imported = Changed.Pingtan(("行政许可\t4529\t", "行政许可\t45,29\t"));

        Assert.Equal([new ImportProblem("unreadable-cell", "/proactiveDisclosure/licensing/decisions", "二", "行政许可", "本年处理决定数量", "45,29",
            "Row \"行政许可\", column \"本年处理决定数量\": \"45,29\" is not a number.")], imported.Problems);
    }

    [Theory]
    [InlineData("-18")]
    [InlineData("－18")]
    [InlineData("−18")]
    [InlineData("—18")]
    public void A_change_may_be_negative(string printed)
    {
        var imported = Changed.Shangtun(("其他对外管理服务事项\t0\t47\t200", $"其他对外管理服务事项\t0\t{printed}\t200"));

        Assert.Empty(imported.Problems);
        Assert.Equal(-18, Changed.Value(imported, "/proactiveDisclosure/otherServices/change"));
    }

    [Fact]
    public void A_negative_count_is_a_problem()
    {
        var imported = Changed.Shangtun(("行政处罚\t0\t8\t0", "行政处罚\t-3\t8\t0"));

        Assert.Equal([new ImportProblem("negative-count", "/proactiveDisclosure/penalties/previousYearItems", "二", "行政处罚", "上一年项目数量", "-3",
            "Row \"行政处罚\", column \"上一年项目数量\": \"-3\" is negative; only 本年增/减 may be.")], imported.Problems);
        Assert.Contains("\"penalties\":{\"change\":8,\"decisions\":0}", Printed.TablesJson(imported));
    }

    [Fact]
    public void A_count_with_decimals_is_a_problem_and_with_zero_decimals_is_read()
    {
        var imported = Changed.Pingtan(("行政处罚\t1100\t", "行政处罚\t1100.5\t"), ("行政强制\t65\t", "行政强制\t65.00\t"));

        Assert.Equal([("not-whole-number", "/proactiveDisclosure/penalties/decisions", "Row \"行政处罚\", column \"本年处理决定数量\": \"1100.5\" is not a whole number.")],
            imported.Problems.Select(p => (p.Code, p.Pointer, p.Detail)));
        Assert.Equal(65, Changed.Value(DocumentImporter.Read(Printed.Html(Changed.Apply(Fixtures.Pingtan, ("行政强制\t65\t", "行政强制\t65.00\t")))),
            "/proactiveDisclosure/coercion/decisions", Pingtan, 2024));
    }

    [Theory]
    [InlineData("18651.123456", 18651_123456L)]
    [InlineData("18651.123456万元", 18651_123456L)]
    [InlineData("0.000001", 1L)]
    [InlineData("18,651.5", 18651_500000L)]
    public void Amounts_in_wan_have_up_to_six_decimals(string printed, long fen)
    {
        var imported = Changed.Pingtan(("行政事业性收费\t18651.06\t", $"行政事业性收费\t{printed}\t"));

        Assert.Empty(imported.Problems);
        Assert.DoesNotContain(imported.Notes, n => n.Code == ImportCodes.AmountInYuan);
        Assert.Equal(fen, Changed.Value(imported, "/proactiveDisclosure/fees/amountWan", Pingtan, 2024));
    }

    [Fact]
    public void More_than_six_decimals_of_wan_are_a_problem_never_rounded()
    {
        var imported = Changed.Pingtan(("行政事业性收费\t18651.06\t", "行政事业性收费\t18651.1234567\t"));

        Assert.Equal([new ImportProblem("too-many-decimals", "/proactiveDisclosure/fees/amountWan", "二", "行政事业性收费", "本年收费金额（单位：万元）", "18651.1234567",
            "Row \"行政事业性收费\", column \"本年收费金额（单位：万元）\": \"18651.1234567\" has 7 decimals; an amount in 万元 has at most 6, and is never rounded.")],
            imported.Problems);
        Assert.DoesNotContain("amountWan", Printed.TablesJson(imported));
    }

    [Fact]
    public void An_amount_printed_in_yuan_is_converted_exactly_and_noted()
    {
        var imported = Changed.Pingtan(("行政事业性收费\t18651.06\t", "行政事业性收费\t75394432.52元\t"));

        Assert.Empty(imported.Problems);
        Assert.Equal(7539_443252L, Changed.Value(imported, "/proactiveDisclosure/fees/amountWan", Pingtan, 2024));
        Assert.Contains("\"fees\":{\"amountWan\":7539.443252}", Printed.TablesJson(imported));
        Assert.Equal([new ImportNote("amount-in-yuan", "/proactiveDisclosure/fees/amountWan",
            "Row \"行政事业性收费\", column \"本年收费金额（单位：万元）\": \"75394432.52元\" is in 元, read as 7539.443252 万元.")],
            imported.Notes.Where(n => n.Code == ImportCodes.AmountInYuan));
    }

    [Fact]
    public void A_header_in_yuan_makes_its_amounts_yuan()
    {
        var imported = Changed.Pingtan(("\t本年收费金额（单位：万元）\t", "\t本年收费金额（元）\t"), ("行政事业性收费\t18651.06\t", "行政事业性收费\t75394432.52\t"));

        Assert.Equal([], imported.Problems.Select(p => p.Detail));
        Assert.Equal(7539_443252L, Changed.Value(imported, "/proactiveDisclosure/fees/amountWan", Pingtan, 2024));
        Assert.Equal("amount-in-yuan", Assert.Single(imported.Notes, n => n.Pointer == "/proactiveDisclosure/fees/amountWan").Code);
    }

    [Fact]
    public void Yuan_with_more_than_two_decimals_is_a_problem()
    {
        var imported = Changed.Pingtan(("行政事业性收费\t18651.06\t", "行政事业性收费\t12.345元\t"));

        Assert.Equal("Row \"行政事业性收费\", column \"本年收费金额（单位：万元）\": \"12.345元\" has 3 decimals; an amount in 元 has at most 2, and is never rounded.",
            Assert.Single(imported.Problems).Detail);
    }

    [Theory]
    [InlineData("1O")]
    [InlineData("约5")]
    [InlineData("5件")]
    [InlineData("5元")]
    public void Anything_else_is_a_problem_naming_table_row_and_column(string printed)
    {
        var imported = Changed.Pingtan(("不计其他情形）\t29\t", $"不计其他情形）\t{printed}\t"));

        var problem = Assert.Single(imported.Problems);
        Assert.Equal(("unreadable-cell", "/applications/results/partiallyDisclosed/naturalPerson", "三", "自然人", printed), (problem.Code, problem.Pointer, problem.Table, problem.Column, problem.Text));
        Assert.Equal($"Row \"三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形）\", column \"自然人\": \"{printed}\" is not a number.", problem.Detail);
    }

    [Fact]
    public void Blank_cells_are_0_and_listed_and_blank_totals_are_left_for_the_reader_to_derive()
    {
        var imported = Changed.Pingtan(("申请数量\t217\t1\t0\t0\t0\t0\t218", "申请数量\t217\t1\t—\t\t/\t无\t"));

        Assert.Empty(imported.Problems);
        Assert.Equal(
        [
            "/applications/newlyReceived/researchInstitution", "/applications/newlyReceived/socialWelfareOrganization",
            "/applications/newlyReceived/legalServiceInstitution", "/applications/newlyReceived/otherOrganization",
        ], imported.Blanks);
        Assert.Equal([new ImportNote("total-derived", "/applications/newlyReceived/total",
            "Row \"一、本年新收政府信息公开申请数量\", column \"总计\" is blank; the total is derived from the other cells.")],
            imported.Notes.Where(n => n.Code == ImportCodes.TotalDerived));
        Assert.Contains("\"newlyReceived\":{\"naturalPerson\":217,\"commercialEnterprise\":1,\"researchInstitution\":0,\"socialWelfareOrganization\":0,\"legalServiceInstitution\":0,\"otherOrganization\":0},",
            Printed.TablesJson(imported));
        Assert.Equal(218, Changed.Value(imported, "/applications/newlyReceived/total", Pingtan, 2024));
    }

    [Fact]
    public void A_blank_review_total_is_derived()
    {
        var imported = Changed.Shangtun(("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "1\t0\t0\t1\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t－"));

        Assert.Empty(imported.Problems);
        Assert.Equal(["/reviewLitigation/review/total", "/reviewLitigation/litigationAfterReview/total"],
            imported.Notes.Where(n => n.Code == ImportCodes.TotalDerived).Select(n => n.Pointer));
        Assert.Equal(2, Changed.Value(imported, "/reviewLitigation/review/total"));
    }
}
