using System.Text.Json.Nodes;
using Disclosure.Domain.Changes;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Tests.Changes;

public sealed class ReportComparerTests
{
    private static readonly Report Shangtun = Samples.Read(Samples.Shangtun2020);
    private static readonly Report Township2021 = Samples.Read(Samples.Township2021);

    private const string UndividedOtherHandling =
        """{ "naturalPerson": 2, "commercialEnterprise": 0, "researchInstitution": 0, "socialWelfareOrganization": 0, "legalServiceInstitution": 0, "otherOrganization": 1, "total": 3 }""";

    private static Report Changed(byte[] sample, Action<JsonObject> change) => Samples.Read(Samples.Changed(sample, change));

    private static ChangedCell Listed(ReportChanges changes, string pointer) => Assert.Single(changes.Cells, c => c.Pointer == pointer);

    [Fact]
    public void A_report_compared_with_itself_has_no_changes()
    {
        var changes = ReportComparer.Compare(Shangtun, Shangtun);

        // 22 cells of table 二, 23 rows × 7 of 三, 15 of 四, and the three publications figures it states.
        Assert.Equal(22 + 23 * 7 + 15 + 3, changes.Compared);
        Assert.Equal(changes.Compared, changes.Unchanged);
        Assert.Equal(0, changes.Changed);
        Assert.Empty(changes.Cells);
        Assert.Equal((0, 0), (changes.FromOnly, changes.ToOnly));
    }

    [Fact]
    public void Two_revisions_of_a_2019_report_list_each_changed_cell_with_its_printed_labels_values_change_and_ratio()
    {
        var revised = Changed(Samples.Shangtun2020, r =>
        {
            r["proactiveDisclosure"]!["otherServices"]!["decisions"] = 180;
            r["proactiveDisclosure"]!["penalties"]!["change"] = -2;
            r["applications"]!["results"]!["partiallyDisclosed"]!["naturalPerson"] = 1;
            r["applications"]!["results"]!["partiallyDisclosed"]!["total"] = 1;
            r["reviewLitigation"]!["litigationDirect"]!["pending"] = 1;
            r["reviewLitigation"]!["litigationDirect"]!["total"] = 1;
            r["publications"]!["policyInterpretations"] = 13;
        });

        var changes = ReportComparer.Compare(Shangtun, revised);

        Assert.Equal(201, changes.Compared);
        Assert.Equal(194, changes.Unchanged);
        Assert.Equal(7, changes.Changed);
        Assert.Equal(
        [
            new ChangedCell("/proactiveDisclosure/otherServices/decisions", "二", "其他对外管理服务事项", "处理决定数量", CellKind.Count, 200, 180),
            new ChangedCell("/proactiveDisclosure/penalties/change", "二", "行政处罚", "本年增/减", CellKind.Change, 8, -2),
            new ChangedCell("/applications/results/partiallyDisclosed/naturalPerson", "三", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "自然人", CellKind.Count, 0, 1),
            new ChangedCell("/applications/results/partiallyDisclosed/total", "三", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "总计", CellKind.Count, 0, 1),
            new ChangedCell("/reviewLitigation/litigationDirect/pending", "四", "行政诉讼 未经复议直接起诉", "尚未审结", CellKind.Count, 0, 1),
            new ChangedCell("/reviewLitigation/litigationDirect/total", "四", "行政诉讼 未经复议直接起诉", "总计", CellKind.Count, 0, 1),
            new ChangedCell("/publications/policyInterpretations/count", "publications", "政策解读和回应关切", "数量", CellKind.Count, 26, 13),
        ], changes.Cells);
        Assert.All(changes.Cells, c => Assert.Equal(PresentIn.Both, c.PresentIn));
        Assert.Equal([-20L, -10, 1, 1, 1, 1, -13], changes.Cells.Select(c => c.Change));
        Assert.Equal([0.9m, -0.25m, null, null, null, null, 0.5m], changes.Cells.Select(c => c.Ratio));
    }

    [Fact]
    public void A_ratio_is_rounded_to_6_decimals_and_null_when_from_is_0()
    {
        var before = Changed(Samples.Shangtun2020, r => r["proactiveDisclosure"]!["otherServices"]!["decisions"] = 3);
        var after = Changed(Samples.Shangtun2020, r =>
        {
            r["proactiveDisclosure"]!["otherServices"]!["decisions"] = 2;
            r["proactiveDisclosure"]!["procurement"]!["projects"] = 5;
        });

        var changes = ReportComparer.Compare(before, after);

        Assert.Equal(0.666667m, Listed(changes, "/proactiveDisclosure/otherServices/decisions").Ratio);
        var fromZero = Listed(changes, "/proactiveDisclosure/procurement/projects");
        Assert.Equal((0L, 5L, 5L), (fromZero.From, fromZero.To, fromZero.Change));
        Assert.Null(fromZero.Ratio);
        Assert.Equal(2, changes.Changed);
    }

    [Fact]
    public void Amounts_are_compared_exactly_in_fen_down_to_one_fen()
    {
        var before = Changed(Samples.Shangtun2020, r => r["proactiveDisclosure"]!["procurement"]!["amountWan"] = JsonNode.Parse("9999999.999999"));
        var after = Changed(Samples.Shangtun2020, r => r["proactiveDisclosure"]!["procurement"]!["amountWan"] = JsonNode.Parse("0.000001"));
        var fees = Changed(Samples.Township2021, r => r["proactiveDisclosure"]!["fees"]!["amountWan"] = JsonNode.Parse("36.812501"));

        var procurement = Listed(ReportComparer.Compare(before, after), "/proactiveDisclosure/procurement/amountWan");
        var oneFen = Assert.Single(ReportComparer.Compare(Township2021, fees).Cells);

        Assert.Equal(new ChangedCell("/proactiveDisclosure/procurement/amountWan", "二", "政府集中采购", "采购总金额（万元）", CellKind.AmountFen, 9_999_999_999_999, 1), procurement);
        Assert.Equal(-9_999_999_999_998, procurement.Change);
        Assert.Equal("-9999999.999998", Amounts.FenToWanText(procurement.Change!.Value));
        Assert.Equal(0m, procurement.Ratio);
        Assert.Equal(new ChangedCell("/proactiveDisclosure/fees/amountWan", "二", "行政事业性收费", "本年收费金额（单位：万元）", CellKind.AmountFen, 36_812_500, 36_812_501), oneFen);
        Assert.Equal(1, oneFen.Change);
        Assert.Equal(1.000000m, oneFen.Ratio);
    }

    [Fact]
    public void Two_2021_reports_list_the_divided_other_handling_row_on_one_side_and_the_undivided_on_the_other()
    {
        var undivided = Changed(Samples.Township2021, r => r["applications"]!["results"]!["otherHandling"] = JsonNode.Parse(UndividedOtherHandling));
        Assert.Equal(ReportFormats.UndividedOtherLayout, undivided.Layout.Id);

        var changes = ReportComparer.Compare(Township2021, undivided);

        // Everything else is the same: 10 cells of 二, the 22 rows × 7 of 三 besides （六）, 15 of 四, and 4 publications figures.
        Assert.Equal(10 + 22 * 7 + 15 + 4, changes.Compared);
        Assert.Equal(changes.Compared, changes.Unchanged);
        Assert.Equal((21, 7), (changes.FromOnly, changes.ToOnly));
        var rows = changes.Cells.Select(c => (c.Row, c.PresentIn)).Distinct().ToList();
        Assert.Equal(
        [
            ("（六）其他处理", PresentIn.To),
            ("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", PresentIn.From),
            ("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", PresentIn.From),
            ("（六）其他处理 3.其他", PresentIn.From),
        ], rows);
        var overdueFee = Listed(changes, "/applications/results/otherHandling/overdueFee/otherOrganization");
        Assert.Equal((1L, (long?)null, (long?)null, (decimal?)null), (overdueFee.From!.Value, overdueFee.To, overdueFee.Change, overdueFee.Ratio));
        var oneRow = Listed(changes, "/applications/results/otherHandling/total");
        Assert.Equal(((long?)null, 3L), (oneRow.From, oneRow.To!.Value));
    }

    [Fact]
    public void Reports_of_the_two_formats_are_compared_on_the_cells_both_print_and_the_rest_listed_with_null_on_the_other_side()
    {
        var nextYear = Changed(Samples.Township2021, r =>
        {
            r["townshipCode"] = "411328110";
            r["year"] = 2021;
        });

        var changes = ReportComparer.Compare(Shangtun, nextYear);

        // Both: 三 without （六） (22 rows × 7), 四 (15), the decisions of 行政许可, 行政处罚, 行政强制, and 政策解读 and 扶贫 of the publications.
        Assert.Equal(22 * 7 + 15 + 3 + 2, changes.Compared);
        // Only 2019: 19 cells of its table 二, its （六） row, 重大建设项目. Only 2021: 7 cells of its 二, three （六） sub-rows, 财政预决算 and 其他.
        Assert.Equal((19 + 7 + 1, 7 + 21 + 2), (changes.FromOnly, changes.ToOnly));
        Assert.All(changes.Cells.Where(c => c.PresentIn != PresentIn.Both), c =>
        {
            Assert.True(c.From is null != c.To is null, c.Pointer);
            Assert.Null(c.Change);
            Assert.Null(c.Ratio);
        });

        // A cell both formats print is labelled as the later report's format prints it.
        Assert.Equal(new ChangedCell("/proactiveDisclosure/licensing/decisions", "二", "行政许可", "本年处理决定数量", CellKind.Count, 0, 15),
            Listed(changes, "/proactiveDisclosure/licensing/decisions"));
        Assert.Equal(new ChangedCell("/proactiveDisclosure/procurement/amountWan", "二", "政府集中采购", "采购总金额（万元）", CellKind.AmountFen, 0, null),
            Listed(changes, "/proactiveDisclosure/procurement/amountWan"));
        Assert.Equal(new ChangedCell("/proactiveDisclosure/fees/amountWan", "二", "行政事业性收费", "本年收费金额（单位：万元）", CellKind.AmountFen, null, 36_812_500),
            Listed(changes, "/proactiveDisclosure/fees/amountWan"));
        Assert.Equal(new ChangedCell("/publications/keyDomains/majorProjects", "publications", "重点领域信息公开条数", "重大建设项目", CellKind.Count, 42, null),
            Listed(changes, "/publications/keyDomains/majorProjects"));
        Assert.Equal(new ChangedCell("/publications/keyDomains/povertyAlleviation", "publications", "重点领域信息公开条数", "脱贫攻坚与乡村振兴", CellKind.Count, 186, 46),
            Listed(changes, "/publications/keyDomains/povertyAlleviation"));

        // Table by table; the 2019 （六） row where it was printed, after the 2021 sub-rows and before （七）总计.
        Assert.Equal(["二", "三", "四", "publications"], changes.Cells.Select(c => c.Table).Distinct());
        var three = changes.Cells.Where(c => c.Table == "三").Select(c => c.Row).Distinct().ToList();
        Assert.Equal(["（六）其他处理 3.其他", "（六）其他处理", "（七）总计"], three[(three.IndexOf("（六）其他处理 3.其他"))..(three.IndexOf("（七）总计") + 1)]);
    }

    [Fact]
    public void A_2019_report_and_a_2021_report_printing_other_handling_as_one_row_compare_that_row()
    {
        var nextYear = Changed(Samples.Township2021, r =>
        {
            r["townshipCode"] = "411328110";
            r["year"] = 2021;
            r["applications"]!["results"]!["otherHandling"] = JsonNode.Parse(UndividedOtherHandling);
        });

        var changes = ReportComparer.Compare(Shangtun, nextYear);

        Assert.Equal(23 * 7 + 15 + 3 + 2, changes.Compared);
        Assert.Equal((19 + 1, 7 + 2), (changes.FromOnly, changes.ToOnly));
        Assert.Equal(new ChangedCell("/applications/results/otherHandling/otherOrganization", "三", "（六）其他处理", "其他", CellKind.Count, 0, 1),
            Listed(changes, "/applications/results/otherHandling/otherOrganization"));
    }

    [Fact]
    public void A_publications_figure_one_report_does_not_state_is_listed_with_null_never_as_0()
    {
        var silent = Changed(Samples.Shangtun2020, r => r.Remove("publications"));

        var changes = ReportComparer.Compare(Shangtun, silent);

        Assert.Equal(198, changes.Compared);
        Assert.Equal(0, changes.Changed);
        Assert.Equal(
        [
            ("/publications/policyInterpretations/count", 26L),
            ("/publications/keyDomains/majorProjects", 42L),
            ("/publications/keyDomains/povertyAlleviation", 186L),
        ], changes.Cells.Select(c => (c.Pointer, c.From!.Value)));
        Assert.All(changes.Cells, c => Assert.Equal(PresentIn.From, c.PresentIn));
    }
}
