using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Api.Tests.Http.Tables;

/// <summary>The tables as an Excel workbook (format=xlsx, or by Accept), opened with OpenXml and read back against the JSON.</summary>
public sealed class TablesWorkbookTests(TablesFixture fixture) : IClassFixture<TablesFixture>
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly HttpClient _client = fixture.Service.CreateClient();

    private static string Column(int index) => ((char)('A' + index)).ToString();

    private static string TextOf(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";

    private async Task<SpreadsheetDocument> WorkbookAsync(string url, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType!.MediaType);
        return SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
    }

    /// <summary>Checks each sheet against the JSON's tables, in order: title row, every label and value, merges, frozen headings, notes.</summary>
    private static void AssertSheets(SpreadsheetDocument document, JsonNode answer, bool named, bool ownPrint = false)
    {
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var formats = answer["formats"]!.AsArray();
        var tables = (from set in formats from table in set!["tables"]!.AsArray() select (Set: set!, Table: table!)).ToList();
        Assert.Equal(tables.Select(t => (named ? $"{(string)t.Set["format"]!} " : "") + (string)t.Table["heading"]!), sheets.Select(s => s.Name!.Value));

        for (var i = 0; i < tables.Count; i++)
        {
            var (set, table) = tables[i];
            var sheet = ((WorksheetPart)workbook.GetPartById(sheets[i].Id!)).Worksheet;
            var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
            var columns = table["columns"]!.AsArray().Count;
            var last = Column(columns - 1);

            // A stored report's own print says nothing of review states: the caption up to them.
            var caption = ownPrint ? ((string)set["caption"]!).Split('；')[0] : (string)set["caption"]!;
            Assert.Equal($"{(string)answer["title"]!} {(string)table["heading"]!}（{caption}）", TextOf(cells["A1"]));
            List<string> merges = [$"A1:{last}1"];
            var rows = table["rows"]!.AsArray();
            for (var r = 0; r < rows.Count; r++)
            {
                foreach (var cell in rows[r]!["cells"]!.AsArray())
                {
                    var reference = $"{Column((int)cell!["column"]!)}{r + 2}";
                    var spreadsheetCell = cells[reference];
                    if (cell["text"] is { } text)
                        Assert.Equal((string)text!, TextOf(spreadsheetCell));
                    else
                    {
                        Assert.Equal(CellValues.Number, spreadsheetCell.DataType!.Value);
                        Assert.Equal(cell["value"]!.ToJsonString(), spreadsheetCell.CellValue!.Text);
                    }
                    var (rowSpan, columnSpan) = ((int)cell["rowSpan"]!, (int)cell["columnSpan"]!);
                    if (rowSpan > 1 || columnSpan > 1)
                        merges.Add($"{reference}:{Column((int)cell["column"]! + columnSpan - 1)}{r + 1 + rowSpan}");
                }
            }
            var notes = set["notes"]!.AsArray().Select(n => (string)n!).ToList();
            for (var n = 0; n < notes.Count; n++)
            {
                Assert.Equal(notes[n], TextOf(cells[$"A{rows.Count + 3 + n}"]));
                merges.Add($"A{rows.Count + 3 + n}:{last}{rows.Count + 3 + n}");
            }
            Assert.Equal(merges.Order(), sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).Order());

            var pane = sheet.Descendants<Pane>().Single();
            var frozen = 1 + (int)table["headerRows"]!;
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(frozen, pane.VerticalSplit!.Value);
            Assert.Equal($"A{frozen + 1}", pane.TopLeftCell!.Value);
            var setup = sheet.Elements<PageSetup>().Single();
            Assert.Equal((9u, OrientationValues.Landscape, 1u, 0u), (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
            Assert.True(sheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value);
            Assert.Equal(columns, sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>().Count());
            Assert.All(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>(), c => Assert.True(c.Width!.Value >= 10));
        }
    }

    [Fact]
    public async Task A_county_workbook_reads_back_every_label_and_value_of_the_json_with_merges_frozen_headings_and_notes()
    {
        var url = Routes.Tables(area: "411328", year: 2021);
        var answer = JsonNode.Parse(await _client.GetStringAsync(url))!;

        using var document = await WorkbookAsync(Routes.Tables(area: "411328", year: 2021, format: "xlsx"));

        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        AssertSheets(document, answer, named: true);
    }

    [Fact]
    public async Task An_amount_shows_exactly_its_decimals_and_a_count_none()
    {
        using var document = await WorkbookAsync(Routes.Tables(area: "411328", year: 2021), XlsxType);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "2021 二、主动公开政府信息情况");
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().ToList();
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        string FormatOf(Cell cell)
        {
            var id = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value).NumberFormatId!.Value;
            return id == 1 ? "0" : stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == id).FormatCode!.Value!;
        }

        var amount = cells.Single(c => c.CellValue?.Text == "73.625007");
        var count = cells.Single(c => c.CellValue?.Text == "1000000000030");

        Assert.Equal("0.000000", FormatOf(amount));
        Assert.Equal("0", FormatOf(count));
    }

    [Fact]
    public async Task The_download_is_named_in_UTF8_and_in_ASCII()
    {
        var response = await _client.GetAsync(Routes.Tables(area: "411328", year: 2021, excludeFlagged: true, format: "xlsx"));

        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("411328-2021-tables-unflagged.xlsx", disposition.FileName);
        Assert.Equal("唐河县2021年政府信息公开工作年度报告统计表（不含已标记的报告）.xlsx", disposition.FileNameStar);
    }

    [Fact]
    public async Task A_stored_report_as_a_workbook_is_its_tables_in_its_own_layout_with_a_tag_of_its_own()
    {
        var url = Routes.Report("411328001", 2021);
        var answer = JsonNode.Parse(await _client.GetStringAsync(Routes.Tables(area: "411328001", year: 2021)))!;

        using (var document = await WorkbookAsync(Routes.Report("411328001", 2021, format: "xlsx")))
            AssertSheets(document, answer, named: false, ownPrint: true);
        using (var byAccept = await WorkbookAsync(url, XlsxType))
            Assert.Equal(3, byAccept.WorkbookPart!.Workbook.Sheets!.Count());

        var json = await _client.GetAsync(url);
        var xlsx = await _client.GetAsync(Routes.Report("411328001", 2021, format: "xlsx"));
        Assert.Equal($"W/{json.Headers.ETag!.Tag[..^1]}-xlsx\"", xlsx.Headers.ETag!.ToString());
        Assert.Equal("411328001-2021-tables-r1.xlsx", xlsx.Content.Headers.ContentDisposition!.FileName);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, Routes.Report("411328001", 2021, format: "xlsx"));
        conditional.Headers.IfNoneMatch.Add(xlsx.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(conditional)).StatusCode);
    }
}
