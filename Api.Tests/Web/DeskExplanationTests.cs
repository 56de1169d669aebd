using System.Net.Http.Json;
using Disclosure.Api.Tests.Web.Browser;
using Microsoft.Playwright;

namespace Disclosure.Api.Tests.Web;

/// <summary>The township desk in Chromium: a warning of the stored report explained, and a locked report's refusal in Chinese.</summary>
[Collection(WebAppCollection.Name)]
public sealed class DeskExplanationTests(WebAppFixture app)
{
    private const string Township = "411330103";

    [Fact]
    public async Task A_warning_is_explained_from_the_desk_and_a_locked_report_is_refused_in_chinese()
    {
        var stored = await app.StoreAsync("township-2021.json", Township, 2021, r =>
        {
            r["proactiveDisclosure"]!["regulations"]!["issued"] = 1;
            r["proactiveDisclosure"]!["regulations"]!["inForce"] = 1;
        });
        var finding = stored["review"]!["unexplained"]![0]!;
        var key = await app.IssueKeyAsync(Township);
        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        var tablesReads = 0;
        page.Request += (_, request) => tablesReads += request.Url.Contains("/api/v1/tables?", StringComparison.Ordinal) ? 1 : 0;
        await browser.GoAsync(Pages.Desk(Township, 2021));
        await page.FillAsync("#township-key", key);
        await page.ClickAsync("#key button[type=submit]");

        var item = page.Locator($"#explain li[data-code='{(string)finding["code"]!}'][data-pointer='{(string)finding["pointer"]!}']");
        await Assertions.Expect(item).ToContainTextAsync("尚未说明");
        // The warning names its cell as the tables print it, not by its JSON Pointer: in the explanations, and in the
        // grid's check of the same figures.
        await Assertions.Expect(item).ToContainTextAsync("乡镇一般不制定规章，位置：表二 规章 · 第二十条第（一）项 · 本年制发件数：");
        await Assertions.Expect(page.Locator("#grid-problems")).ToContainTextAsync("乡镇一般不制定规章，位置：表二 规章 · 第二十条第（一）项 · 本年制发件数：");
        // The explanations name cells from the tables the grid read: the desk reads them once.
        Assert.Equal(1, tablesReads);
        await item.Locator("textarea").FillAsync("本镇转发的县政府规章误列，下年更正。");
        await item.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator($"#explain li[data-code='{(string)finding["code"]!}'] .explanation")).ToContainTextAsync("本镇转发的县政府规章误列，下年更正。");

        var explanations = (await app.GetJsonAsync(Routes.Explanations(Township, 2021)))["explanations"]!.AsArray();
        Assert.Equal("本镇转发的县政府规章误列，下年更正。", (string)Assert.Single(explanations)!["text"]!);
        var unexplained = (await app.GetJsonAsync(Routes.Report(Township, 2021)))["review"]!["unexplained"]!.AsArray();
        Assert.Equal(stored["review"]!["unexplained"]!.AsArray().Count - 1, unexplained.Count);
        Assert.DoesNotContain(unexplained, f => (string)f!["code"]! == (string)finding["code"]! && (string)f["pointer"]! == (string)finding["pointer"]!);

        // The county accepts it: the report is locked, and a correction from the desk is refused, in Chinese.
        (await app.Admin.PostAsJsonAsync(Routes.Reviews(Township, 2021),
            new { decision = "accepted", revision = 1, @override = unexplained.Count > 0, reason = "其余提示已电话核实。" })).EnsureSuccessStatusCode();
        await page.FillAsync("td[data-cell='/proactiveDisclosure/regulations/issued'] input", "0");
        await page.FillAsync("td[data-cell='/proactiveDisclosure/regulations/inForce'] input", "0");
        await page.ClickAsync("#submit-report");
        await Assertions.Expect(page.Locator("#grid-problems")).ToContainTextAsync("报告已由县级审核通过并锁定，不能再报送新版本：如需更正，请联系县级管理员解锁。");
        Assert.Equal(1, (int)(await app.GetJsonAsync(Routes.Report(Township, 2021)))["revision"]!);
    }
}
