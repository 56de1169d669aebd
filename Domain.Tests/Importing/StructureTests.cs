using Disclosure.Domain.Importing;

namespace Disclosure.Domain.Tests.Importing;

/// <summary>What is not found is listed; a row twice is a problem; PDF rows with blanks are aligned by position or not at all.</summary>
public class StructureTests
{
    [Fact]
    public void A_document_without_tables_lists_every_table_as_not_found()
    {
        var imported = DocumentImporter.Read(Printed.Text("某镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n今年我镇认真贯彻落实《条例》。\n2022年1月20日"));

        Assert.Null(imported.Format);
        Assert.Null(imported.Layout);
        Assert.Equal(
        [
            new MissingPart("二", null, "Table 二 (主动公开政府信息情况) was not found."),
            new MissingPart("三", null, "Table 三 (收到和处理政府信息公开申请情况) was not found."),
            new MissingPart("四", null, "Table 四 (政府信息公开行政复议、行政诉讼情况) was not found."),
        ], imported.NotFound);
        Assert.Empty(imported.Sources);
        Assert.Equal("{}", Printed.TablesJson(imported));
    }

    [Fact]
    public void A_missing_row_is_listed_and_its_cells_left_out()
    {
        var imported = Changed.Shangtun(("\t\t3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0\n", ""));

        Assert.Equal([new MissingPart("三", "（三）不予公开 3.危及“三安全一稳定”", "Row \"（三）不予公开 3.危及“三安全一稳定”\" of table 三 was not found.")], imported.NotFound);
        Assert.Empty(imported.Problems);
        Assert.DoesNotContain("endangersSafetyOrStability", Printed.TablesJson(imported));
        Assert.Equal(191, imported.Sources.Count);
    }

    [Fact]
    public void A_table_without_its_heading_is_read_and_noted()
    {
        var imported = Changed.Shangtun(("四、政府信息公开行政复议、行政诉讼情况\n", "\n"));

        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.Equal([new ImportNote("heading-missing", "/reviewLitigation",
            "The heading \"四、政府信息公开行政复议、行政诉讼情况\" was not found; table 四 was read under \"行政复议 行政诉讼\" (line 74).")],
            imported.Notes.Where(n => n.Code == ImportCodes.HeadingMissing));
    }

    [Fact]
    public void Headings_with_and_instead_of_the_enumeration_comma_and_without_numbering_are_found()
    {
        var imported = Changed.Shangtun(("四、政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"), ("二、主动公开政府信息情况", "（二）主动公开政府信息情况"));

        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.DoesNotContain(imported.Notes, n => n.Code == ImportCodes.HeadingMissing);
    }

    [Fact]
    public void A_row_printed_twice_is_a_problem()
    {
        var imported = Changed.Shangtun(("\t\t2.重复申请\t0\t0\t0\t0\t0\t0\t0", "\t\t2.重复申请\t0\t0\t0\t0\t0\t0\t0\n\t\t2.重复申请\t1\t0\t0\t0\t0\t0\t1"));

        Assert.Equal([new ImportProblem("duplicate-row", "/applications/results/notProcessed/repeatedApplication", "三", "2.重复申请", "", "",
            "Row \"（五）不予处理 2.重复申请\" is printed more than once: \"2.重复申请\" (line 64) and \"2.重复申请\" (line 65); the first was read.")],
            imported.Problems);
    }

    [Fact]
    public void A_row_with_too_few_explicit_cells_is_a_problem_not_a_guess()
    {
        var imported = Changed.Shangtun(("\t\t2.重复申请\t0\t0\t0\t0\t0\t0\t0", "\t\t2.重复申请\t0\t0\t0\t0\t0\t0"));

        Assert.Equal([new ImportProblem("unaligned-cells", "/applications/results/notProcessed/repeatedApplication", "三", "2.重复申请", "", "0 0 0 0 0 0",
            "Row \"2.重复申请\" (line 64) cannot be read: it has 6 cells for 7 columns.")], imported.Problems);
        Assert.DoesNotContain("repeatedApplication", Printed.TablesJson(imported));
    }

    [Fact]
    public void A_pdf_row_with_a_blank_cell_aligns_its_numbers_with_the_columns()
    {
        var imported = Changed.Hongze(("无正当理由大量反复@188 | 申请@274 | 0@322 | 0@352 | 0@381 | 0@409", "无正当理由大量反复@188 | 申请@274 | 0@322 | 0@352 | 0@409"));

        Assert.Empty(imported.Problems);
        Assert.Equal(["/applications/results/notProcessed/massRepeatedApplications/researchInstitution"], imported.Blanks);
        Assert.Equal(new CellSource("/applications/results/notProcessed/massRepeatedApplications/researchInstitution", "三", "4.无正当理由大量反复申请", "科研机构", ""),
            imported.Sources.Single(s => s.Pointer == "/applications/results/notProcessed/massRepeatedApplications/researchInstitution"));
        Assert.Equal(0, Changed.Value(imported, "/applications/results/notProcessed/massRepeatedApplications/legalServiceInstitution", "320813001", 2024));
    }

    [Fact]
    public void A_pdf_number_between_two_columns_is_a_problem()
    {
        var imported = Changed.Hongze(("无正当理由大量反复@188 | 申请@274 | 0@322 | 0@352 | 0@381 | 0@409", "无正当理由大量反复@188 | 申请@274 | 0@322 | 0@352 | 0@395"));

        Assert.Equal([new ImportProblem("unaligned-cells", "/applications/results/notProcessed/massRepeatedApplications", "三", "4.无正当理由大量反复申请", "", "0 0 0 0 0 0",
            "Row \"4.无正当理由大量反复申请\" (page 1, line 76) cannot be read: its number \"0\" at x = 395 cannot be aligned with one column.")], imported.Problems);
    }

    [Fact]
    public void A_document_of_more_than_100000_rows_is_not_read()
    {
        var rows = Enumerable.Range(0, DocumentImporter.MaxRows + 1).Select(i => new PrintedRow([new PrintedCell("规章")], $"line {i + 1}")).ToList();
        var imported = DocumentImporter.Read(new PrintedDocument("text", rows));

        Assert.Equal("too-large", Assert.Single(imported.Problems).Code);
        Assert.Equal(["二", "三", "四"], imported.NotFound.Select(m => m.Table));
    }

    [Fact]
    public void Table_two_without_its_heading_or_block_headings_is_read_from_its_first_row_and_noted()
    {
        var text = Changed.Apply(Samples.Text("shangtun-2020.txt"), ("二、主动公开政府信息情况\n", "\n"));
        text = System.Text.RegularExpressions.Regex.Replace(text, "第二十条第[（(][一二三四五六七八九][)）]项\t\t\t\n", "");
        var imported = DocumentImporter.Read(Printed.Text(text));

        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.Equal([new ImportNote("heading-missing", "/proactiveDisclosure",
            "The heading \"二、主动公开政府信息情况\" was not found; the rows of table 二 were read from \"规章\" (line 24).")],
            imported.Notes.Where(n => n.Code == ImportCodes.HeadingMissing));
        Assert.DoesNotContain(imported.Notes, n => n.Code == ImportCodes.ColumnsByPosition);
        Assert.Equal(200, Changed.Value(imported, "/proactiveDisclosure/otherServices/decisions"));
    }

    [Fact]
    public void A_block_of_table_two_without_its_header_row_is_read_in_the_formats_column_order_and_noted()
    {
        var imported = Changed.Shangtun(("信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可", "行政许可"));

        Assert.Empty(imported.Problems);
        Assert.Equal([new ImportNote("columns-by-position", "/proactiveDisclosure/licensing",
            "Row \"行政许可\" has no header row naming its columns; its cells were read as 上一年项目数量、本年增/减、处理决定数量."),
            new ImportNote("columns-by-position", "/proactiveDisclosure/otherServices",
            "Row \"其他对外管理服务事项\" has no header row naming its columns; its cells were read as 上一年项目数量、本年增/减、处理决定数量.")],
            imported.Notes.Where(n => n.Code == ImportCodes.ColumnsByPosition));
        Assert.Equal(47, Changed.Value(imported, "/proactiveDisclosure/otherServices/change"));
    }

    [Fact]
    public void A_2021_text_table_with_group_labels_only_on_each_groups_first_row_reads_every_cell()
    {
        // The web page's merged cells printed once, as a text table prints them: 其他 is read within （六） after its 2.
        var text = System.Text.RegularExpressions.Regex.Replace(Fixtures.Pingtan, @"\^[^\t\n]*", "").Replace('⏎', ' ').Replace('~', ' ');
        var imported = DocumentImporter.Read(Printed.Text(text));

        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.Equal("3.其他", imported.Sources.Single(s => s.Pointer == "/applications/results/otherHandling/other/total").Row);
        var read = Printed.ReadBack(imported, "350128001", 2024);
        Assert.Empty(read.Errors);
        var expected = Disclosure.Domain.Reading.ReportReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "published", "pingtan-2024.expected.json"))).Report!;
        Assert.Equal(Printed.Tables(expected), Printed.Tables(read.Report!));
    }

    [Fact]
    public void A_label_near_two_rows_is_ambiguous_and_not_read()
    {
        var imported = Changed.Shangtun(("一、本年新收政府信息公开申请数量", "一、本年结转政府信息公开申请数量"));

        Assert.Equal([new ImportProblem("ambiguous-label", "", "三", "一、本年结转政府信息公开申请数量", "", "",
            "Row \"一、本年结转政府信息公开申请数量\" (line 48) is near \"本年新收政府信息公开申请数量\" and \"上年结转政府信息公开申请数量\"; it was not read.")],
            imported.Problems);
        Assert.Equal([new MissingPart("三", "一、本年新收政府信息公开申请数量", "Row \"一、本年新收政府信息公开申请数量\" of table 三 was not found.")], imported.NotFound);
    }

    [Fact]
    public void A_figure_beyond_the_largest_stored_is_a_problem()
    {
        var imported = Changed.Shangtun(("其他对外管理服务事项\t0\t47\t200", "其他对外管理服务事项\t0\t47\t1000000000001"));

        Assert.Equal([("out-of-range", "/proactiveDisclosure/otherServices/decisions")], imported.Problems.Select(p => (p.Code, p.Pointer)));
    }

    [Fact]
    public void Table_three_without_its_heading_is_read_from_its_first_row_and_noted()
    {
        var imported = Changed.Pingtan(("三、收到和处理政府信息公开申请情况\n", ""));

        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.Equal([new ImportNote("heading-missing", "/applications",
            "The heading \"三、收到和处理政府信息公开申请情况\" was not found; the rows of table 三 were read from \"一、本年新收政府信息公开申请数量\" (row 27).")],
            imported.Notes.Where(n => n.Code == ImportCodes.HeadingMissing));
    }

    [Fact]
    public void Without_table_two_or_a_year_the_format_is_unknown_and_nothing_is_read()
    {
        var lines = Samples.Text("shangtun-2020.txt").Split('\n');
        var text = string.Join('\n', lines.Where((_, i) => i + 1 is not 3 and not (>= 21 and <= 41)));
        var imported = DocumentImporter.Read(Printed.Text(text));

        Assert.Null(imported.Format);
        Assert.Equal([new ImportProblem("format-unknown", "", "二", "", "", "",
            "Neither table 二's labels, table 三's （六） nor the title's year tell whether the report is in the 2019 or the 2021 format.")], imported.Problems);
        Assert.Equal([new MissingPart("二", null, "Table 二 (主动公开政府信息情况) was not found.")], imported.NotFound);
        Assert.Empty(imported.Sources);
    }

    [Fact]
    public void A_pdf_row_of_table_two_with_a_blank_cell_aligns_with_its_blocks_full_rows()
    {
        var imported = Changed.Hongze(("行政规范性文件@81 | 3@282 | 0@378 | 8@467", "行政规范性文件@81 | 3@282 | 8@467"));

        Assert.Empty(imported.Problems);
        Assert.Equal(["/proactiveDisclosure/normativeDocuments/repealed"], imported.Blanks);
        Assert.Equal(8, Changed.Value(imported, "/proactiveDisclosure/normativeDocuments/inForce", "320813001", 2024));
    }

    [Fact]
    public void In_a_document_of_many_reports_the_first_tables_are_read_and_the_rest_left_alone()
    {
        var first = Samples.Text("shangtun-2020.txt");
        var other = Changed.Apply(first, ("其他对外管理服务事项\t0\t47\t200", "其他对外管理服务事项\t0\t47\t999"));
        var imported = DocumentImporter.Read(Printed.Text(string.Join("\n", [first, .. Enumerable.Repeat(other, 1_000)])));

        Assert.Empty(imported.Problems);
        Assert.Empty(imported.NotFound);
        Assert.Equal(198, imported.Sources.Count);
        Assert.Equal(200, Changed.Value(imported, "/proactiveDisclosure/otherServices/decisions"));
    }
}
