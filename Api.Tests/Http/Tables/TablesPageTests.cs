using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http.Tables;

/// <summary>The tables as a printable HTML page (format=html, or Accept: text/html), against the JSON.</summary>
public sealed class TablesPageTests(TablesFixture fixture) : IClassFixture<TablesFixture>
{
    private readonly HttpClient _client = fixture.Service.CreateClient();

    private Task<HttpResponseMessage> GetAsync(string url, string? accept = null) => _client.GetWithHeadersAsync(url, accept);

    private async Task<string> PageAsync(string url, string? accept = null)
    {
        var response = await GetAsync(url, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_county_page_holds_every_heading_label_value_and_note_as_printed_and_nothing_else_to_fetch_or_run()
    {
        var url = Routes.Tables(area: "411328", year: 2021);
        var answer = JsonNode.Parse(await _client.GetStringAsync(url))!;

        var page = await PageAsync(Routes.Tables(area: "411328", year: 2021, format: "html"));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>唐河县（411328）2021年政府信息公开工作年度报告统计表</title>", page);
        Assert.Contains("@page { size: A4;", page);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", page, StringComparison.OrdinalIgnoreCase);
        foreach (var set in answer["formats"]!.AsArray())
        {
            Assert.Contains($"<h2>{(string)set!["caption"]!}</h2>", page);
            foreach (var note in set["notes"]!.AsArray())
                Assert.Contains($"<p class=\"note\">{(string)note!}</p>", page);
            foreach (var table in set["tables"]!.AsArray())
                Assert.Contains($"<h3>{(string)table!["heading"]!}</h3>", page);
        }
        // Every table's cells, in order, as the JSON has them.
        var expected = string.Concat(
            from set in answer["formats"]!.AsArray()
            from table in set!["tables"]!.AsArray()
            from row in table!["rows"]!.AsArray()
            from cell in row!["cells"]!.AsArray()
            select cell!["text"] is { } text ? $">{System.Net.WebUtility.HtmlEncode((string)text!)}</th>" : $">{cell["value"]!.ToJsonString()}</td>");
        var actual = string.Concat(System.Text.RegularExpressions.Regex.Matches(page, "<t[hd][^>]*(>[^<]*</t[hd]>)").Select(m => m.Groups[1].Value));
        Assert.Equal(expected, actual);
        Assert.Contains("<th class=\"label\" rowspan=\"23\">三、本年度办理结果</th>", page);
        Assert.Contains("<th class=\"label\" colspan=\"2\">（六）其他处理（未分项）</th><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>3</td>", page);
        Assert.Contains("<th class=\"label\">3.危及“三安全一稳定”</th>", page);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    public async Task A_browser_gets_the_page_by_Accept(string accept)
    {
        var byFormat = await PageAsync(Routes.Tables(area: "411328", year: 2021, format: "html"));

        Assert.Equal(byFormat, await PageAsync(Routes.Tables(area: "411328", year: 2021), accept));
    }

    [Fact]
    public async Task An_area_without_reports_is_a_page_saying_so()
    {
        var page = await PageAsync(Routes.Tables(area: "411328", year: 2019, format: "html"));

        Assert.Contains("<h1>唐河县（411328）2019年政府信息公开工作年度报告统计表</h1>\n<p class=\"note\">没有报告。</p>\n</body>", page);
    }

    [Fact]
    public async Task A_stored_report_as_a_page_is_its_tables_with_a_tag_of_its_own()
    {
        var url = Routes.Report("411328110", 2020);
        var tables = await PageAsync(Routes.Tables(area: "411328110", year: 2020, format: "html"));

        var page = await GetAsync(Routes.Report("411328110", 2020, format: "html"));
        // The area's tables also say the review state of the report they sum; the report's own print does not.
        Assert.Equal(tables.Replace("；已通过审核 0 份，待审核 1 份，已退回 0 份", "", StringComparison.Ordinal), await page.Content.ReadAsStringAsync());
        Assert.Contains("<h2>2019 格式，汇总 1 份报告，其中 0 份已标记；已通过审核 0 份，待审核 1 份，已退回 0 份</h2>", tables);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var json = await GetAsync(url);
        Assert.Equal($"{json.Headers.ETag!.Tag[..^1]}-html\"", page.Headers.ETag!.Tag);
        Assert.False(page.Headers.ETag.IsWeak);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        conditional.Headers.IfNoneMatch.Add(page.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(conditional)).StatusCode);
    }
}
