using Disclosure.Domain.Importing;

namespace Disclosure.Domain.Tests.Importing;

/// <summary>Printed labels are matched after normalising, then as known variants, then as typos; every accepted variant is noted.</summary>
public class LabelVariantTests
{
    [Fact]
    public void Full_width_brackets_digits_and_points_are_read_as_half_width()
    {
        var imported = Changed.Shangtun(
            ("\t(一) 予以公开\t0\t0", "\t（一）　予以公开\t１２\t０"),
            ("\t(三) 不予公开\t1.属于国家秘密\t0", "\t（三）不予公开\t１．属于国家秘密\t３"));

        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.Equal(12, Changed.Value(imported, "/applications/results/disclosed/naturalPerson"));
        Assert.Equal(3, Changed.Value(imported, "/applications/results/withheld/stateSecret/naturalPerson"));
        Assert.Equal("（三）不予公开 １．属于国家秘密", imported.Sources.Single(s => s.Pointer == "/applications/results/withheld/stateSecret/naturalPerson").Row);
        Assert.DoesNotContain(imported.Notes, n => n.Code == ImportCodes.LabelVariant);
    }

    [Fact]
    public void Non_breaking_and_stray_spaces_and_line_breaks_inside_cells_are_removed()
    {
        var imported = Changed.Pingtan(
            ("行政许可\t4529\t", "行政~许 可\t4 529\t"),
            ("1.本机关不掌握相关政府信息\t75", "1.本机关不掌握⏎~~相关政府信息\t7 5"));

        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.Equal(4529, Changed.Value(imported, "/proactiveDisclosure/licensing/decisions", "350128001", 2024));
        Assert.Equal(75, Changed.Value(imported, "/applications/results/unableToProvide/notHeld/naturalPerson", "350128001", 2024));
        Assert.Equal(new CellSource("/proactiveDisclosure/licensing/decisions", "二", "行政许可", "本年处理决定数量", "4 529"),
            imported.Sources.Single(s => s.Pointer == "/proactiveDisclosure/licensing/decisions"));
    }

    [Fact]
    public void Normative_documents_without_administrative_are_a_noted_variant_in_2021()
    {
        var imported = Changed.Pingtan(("行政规范性文件\t62", "规范性文件\t62"));

        Assert.Empty(imported.Problems);
        Assert.Equal(62, Changed.Value(imported, "/proactiveDisclosure/normativeDocuments/issued", "350128001", 2024));
        Assert.Equal(
            [new ImportNote("label-variant", "/proactiveDisclosure/normativeDocuments",
                "The printed label \"规范性文件\" (row 13) was read as \"行政规范性文件\" (行政规范性文件): a known variant.")],
            imported.Notes.Where(n => n.Code == ImportCodes.LabelVariant));
    }

    [Fact]
    public void Administrative_normative_documents_are_a_noted_variant_in_2019()
    {
        var imported = Changed.Shangtun(("规范性文件\t0\t0\t0", "行政规范性文件\t0\t0\t0"));

        Assert.Empty(imported.Problems);
        Assert.Equal(
            [new ImportNote("label-variant", "/proactiveDisclosure/normativeDocuments",
                "The printed label \"行政规范性文件\" (line 26) was read as \"规范性文件\" (规范性文件): a known variant.")],
            imported.Notes.Where(n => n.Code == ImportCodes.LabelVariant));
    }

    [Fact]
    public void Quotes_of_any_kind_or_none_around_three_safeties_are_the_same_label()
    {
        foreach (var printed in new[] { "3.危及\"三安全一稳定\"", "3.危及「三安全一稳定」", "3.危及三安全一稳定", "3.危及＂三安全一稳定＂" })
        {
            var imported = Changed.Shangtun(("3.危及“三安全一稳定”\t0", printed + "\t4"));
            Assert.Empty(imported.Problems);
            Assert.Empty(imported.NotFound);
            Assert.Equal(4, Changed.Value(imported, "/applications/results/withheld/endangersSafetyOrStability/naturalPerson"));
            Assert.DoesNotContain(imported.Notes, n => n.Code == ImportCodes.LabelVariant);
        }
    }

    [Fact]
    public void Partial_disclosure_is_read_with_or_without_its_parenthetical()
    {
        var imported = Changed.Shangtun(("\t(二) 部分公开(区分处理的,只计这一情形,不计其他情形)\t0", "\t(二)部分公开\t6"));

        Assert.Empty(imported.Problems);
        Assert.Equal(6, Changed.Value(imported, "/applications/results/partiallyDisclosed/naturalPerson"));
        Assert.DoesNotContain(imported.Notes, n => n.Code == ImportCodes.LabelVariant);
    }

    [Fact]
    public void A_typo_is_accepted_by_similarity_and_noted()
    {
        var imported = Changed.Pingtan(("2.其他法律行政法规禁止公开\t0", "2.其他法律行政止公开\t5"));

        Assert.Empty(imported.Problems);
        Assert.Equal(5, Changed.Value(imported, "/applications/results/withheld/prohibitedByLaw/naturalPerson", "350128001", 2024));
        Assert.Equal(
            [new ImportNote("label-variant", "/applications/results/withheld/prohibitedByLaw",
                "The printed label \"其他法律行政止公开\" (row 33) was read as \"其他法律行政法规禁止公开\" (（三）不予公开 2.其他法律行政法规禁止公开): a misprint.")],
            imported.Notes.Where(n => n.Code == ImportCodes.LabelVariant));
    }

    [Fact]
    public void A_label_too_far_from_any_is_a_problem_and_its_row_is_not_found()
    {
        var imported = Changed.Pingtan(("2.其他法律行政法规禁止公开\t0", "2.其他规定\t0"));

        Assert.Equal([("unrecognised-row", "三", "三、本年度办理结果 （三）不予公开 2.其他规定")],
            imported.Problems.Select(p => (p.Code, p.Table, p.Row)));
        Assert.Equal([new MissingPart("三", "（三）不予公开 2.其他法律行政法规禁止公开", "Row \"（三）不予公开 2.其他法律行政法规禁止公开\" of table 三 was not found.")],
            imported.NotFound);
    }

    [Fact]
    public void Other_alone_is_read_only_within_other_handling()
    {
        var imported = Changed.Shangtun(("\t\t2.重复申请\t0", "\t\t3.其他\t0"));

        Assert.Equal("unrecognised-row", Assert.Single(imported.Problems).Code);
        Assert.Equal([new MissingPart("三", "（五）不予处理 2.重复申请", "Row \"（五）不予处理 2.重复申请\" of table 三 was not found.")], imported.NotFound);
    }

    [Fact]
    public void A_label_with_more_text_around_its_item_is_read_and_noted()
    {
        var imported = Changed.Shangtun(("一、本年新收政府信息公开申请数量\t", "一、本年新收政府信息公开申请数量（件）\t"));

        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.Equal(
            [new ImportNote("label-variant", "/applications/newlyReceived",
                "The printed label \"本年新收政府信息公开申请数量(件)\" (line 48) was read as \"本年新收政府信息公开申请数量\" (一、本年新收政府信息公开申请数量): the label printed with more text.")],
            imported.Notes.Where(n => n.Code == ImportCodes.LabelVariant));
    }
}
