using System.Net.Http.Json;
using Disclosure.Api.Tests.Web.Browser;
using Microsoft.Playwright;

namespace Disclosure.Api.Tests.Web;

/// <summary>
/// A report's review on its page, in Chromium: the state and history, the warnings and outliers with the township's
/// explanations, and what changed from last year, as the API answers them. 桐柏县 城关镇's own reports, so that no other
/// test's numbers move.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ReportReviewPageTests(WebAppFixture app)
{
    private const string Township = "411330100";

    [Fact]
    public async Task The_review_the_explained_findings_and_the_changes_from_last_year_are_the_apis()
    {
        await app.StoreAsync("township-2021.json", Township, 2022);
        // ×13 in 行政许可 (an O1 outlier), and 上年结转 not last year's 结转下年 (the X3 warning).
        var stored = await app.StoreAsync("township-2021.json", Township, 2023, r => r["proactiveDisclosure"]!["licensing"]!["decisions"] = 200);
        var path = Routes.Report(Township, 2023);
        var key = await app.IssueKeyAsync(Township);
        var finding = stored["review"]!["unexplained"]!.AsArray().First(f => (string)f!["code"]! == "X3")!;
        using (var explain = new HttpRequestMessage(HttpMethod.Post, Routes.Explanations(Township, 2023)))
        {
            explain.Headers.Add("X-Api-Key", key);
            explain.Content = JsonContent.Create(new { code = "X3", pointer = (string)finding["pointer"]!, text = "上年结转按实际在办件数填报。" });
            (await app.Public.SendAsync(explain)).EnsureSuccessStatusCode();
        }
        (await app.Admin.PostAsJsonAsync(Routes.Reviews(Township, 2023), new { decision = "returned", revision = 1, reason = "行政许可决定数请核对。" })).EnsureSuccessStatusCode();

        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        await browser.GoAsync(Pages.Report(Township, 2023));
        var report = await app.GetJsonAsync(path);
        var history = (await app.GetJsonAsync(Routes.Reviews(Township, 2023)))["history"]!.AsArray();
        var changes = await app.GetJsonAsync(Routes.Changes(Township, 2023, against: "previousYear"));

        Assert.Equal("已退回", await page.InnerTextAsync("[data-fact=state]"));
        Assert.Equal("returned", await page.GetAttributeAsync("[data-review-state]", "data-review-state"));
        Assert.Equal(history.Select(e => (string)e!["action"]!), await page.Locator("#review-history tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.action)"));
        Assert.Contains("行政许可决定数请核对。", await page.InnerTextAsync("#review-history"));

        var outliers = report["outliers"]!.AsArray();
        Assert.Contains(outliers, o => (string)o!["code"]! == "O1");
        Assert.Equal(outliers.Select(o => (string)o!["code"]!), await page.Locator("#outliers li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)"));
        var explained = page.Locator($"#problems li[data-code=X3][data-pointer='{(string)finding["pointer"]!}']");
        await Assertions.Expect(explained).ToContainTextAsync("乡镇说明（第 1 版");
        await Assertions.Expect(explained).ToContainTextAsync("上年结转按实际在办件数填报。");
        // It names its cell as the tables print it, and links to that cell in the tables below.
        await Assertions.Expect(explained).ToContainTextAsync("，位置：表三 二、上年结转政府信息公开申请数量 · 申请人情况 · 自然人：");
        var toCell = explained.Locator("a.to-cell");
        var target = await toCell.GetAttributeAsync("href");
        Assert.Equal((string)finding["pointer"]!, await page.GetAttributeAsync($"#tables td{target}", "data-cell"));
        await toCell.ClickAsync();
        Assert.Equal(target, await page.EvaluateAsync<string>("location.hash"));

        var cells = changes["cells"]!.AsArray();
        Assert.Contains(cells, c => (string)c!["pointer"]! == "/proactiveDisclosure/licensing/decisions");
        var rows = await page.Locator("#changes-table tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.pointer, r.cells[1].textContent, r.cells[2].textContent])");
        Assert.Equal(cells.Select(c => new[] { (string)c!["pointer"]!, (string)c["row"]!, (string)c["column"]! }), rows);
        var licensing = page.Locator("#changes-table tr[data-pointer='/proactiveDisclosure/licensing/decisions'] td.num");
        Assert.Equal(["15", "200", "+185", "×13.333333"], await licensing.AllTextContentsAsync());

        await Screenshots.TakeAsync(page, "report-review");
        Assert.Empty(browser.Errors);
    }
}
