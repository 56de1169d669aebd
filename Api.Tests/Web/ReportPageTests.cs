using System.Globalization;
using Disclosure.Api.Tests.Web.Browser;

namespace Disclosure.Api.Tests.Web;

/// <summary>A township's report page in Chromium: what is stored, its revisions and its tables, as the API answers them.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ReportPageTests(WebAppFixture app)
{
    [Fact]
    public async Task A_townships_report_shows_its_revision_and_every_figure_of_its_tables()
    {
        await using var browser = await app.OpenAsync();
        await browser.GoAsync(Pages.Report("411328112", 2024));
        var tables = await app.GetJsonAsync(Routes.Tables(area: "411328112", year: 2024));
        var revisions = (await app.GetJsonAsync(Routes.Revisions("411328112", 2024)))["revisions"]!.AsArray();

        Assert.Equal("少拜寺镇 2024 年政府信息公开工作年度报告", await browser.Page.InnerTextAsync("h1"));
        Assert.Equal(["全国", "河南省", "南阳市", "唐河县", "少拜寺镇"], await browser.TextsAsync("#trail li"));
        Assert.Equal($"第 {revisions.Count} 版", await browser.Page.InnerTextAsync("[data-fact=revision]"));
        Assert.Equal(revisions.Count, await browser.Page.Locator("#revisions tbody tr").CountAsync());

        var expected = tables["formats"]![0]!["tables"]!.AsArray().SelectMany(t => t!["rows"]!.AsArray())
            .SelectMany(r => r!["cells"]!.AsArray()).Where(c => c!["cell"] is not null)
            .Select(c => ((string)c!["cell"]!, decimal.Parse(c["value"]!.ToJsonString(), CultureInfo.InvariantCulture))).ToList();
        var shown = await browser.Page.Locator("#tables td[data-cell]").EvaluateAllAsync<string[][]>("cells => cells.map(c => [c.dataset.cell, c.textContent])");
        Assert.Equal(expected, shown.Select(s => (s[0], decimal.Parse(s[1].Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture))));
        Assert.Equal(200, expected.Count);
        await Screenshots.TakeAsync(browser.Page, "report");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_report_not_yet_submitted_says_so_and_leads_to_the_desk()
    {
        await using var browser = await app.OpenAsync();
        await browser.GoAsync(Pages.Report("411328001", 2024));

        Assert.Contains("滨河街道尚未报送 2024 年度报告", await browser.Page.InnerTextAsync("#summary"));
        Assert.Equal("/desk.html?township=411328001&year=2024", await browser.Page.GetAttributeAsync("#summary a.button", "href"));
        Assert.Empty(browser.Errors);
    }
}
