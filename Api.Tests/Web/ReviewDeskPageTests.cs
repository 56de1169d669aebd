using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Api.Tests.Web.Browser;
using Microsoft.Playwright;

namespace Disclosure.Api.Tests.Web;

/// <summary>
/// The county's review desk in Chromium: the admin key in the session only, a report opened from the area's list,
/// accepted or returned, and the state the API then answers. 桐柏县's own townships, so that no other test's numbers move.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ReviewDeskPageTests(WebAppFixture app)
{
    private static async Task OpenDeskAsync(BrowserPage browser, string area, int year)
    {
        await browser.GoAsync(Pages.ReviewDesk(area, year));
        await browser.Page.FillAsync("#admin-key", ServiceFactory.AdminKey);
        await browser.Page.ClickAsync("#key button[type=submit]");
        await Assertions.Expect(browser.Page.Locator("#admin-key-status")).ToContainTextAsync("已保存管理员密钥");
    }

    private async Task<string> StateAsync(string township, int year) =>
        (string)(await app.GetJsonAsync(Routes.Reviews(township, year)))["state"]!;

    [Fact]
    public async Task A_county_is_found_by_name_and_several_of_one_name_are_told_apart_by_their_parents()
    {
        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        await browser.GoAsync("/review.html");

        // Four 鼓楼区 (南京, 徐州, 福州, 开封); the 鼓楼街道 of other places are not counties and are not offered.
        await page.FillAsync("#area-q", "鼓楼");
        await page.SelectOptionAsync("#review-year", "2024");
        await page.ClickAsync("#which button[type=submit]");
        await Assertions.Expect(page.Locator("#county-results [data-area]")).ToHaveCountAsync(4);
        Assert.Equal(["320106", "320302", "350102", "410204"],
            await page.Locator("#county-results [data-area]").EvaluateAllAsync<string[]>("buttons => buttons.map(b => b.dataset.area)"));
        Assert.Equal("江苏省 南京市 · 320106", await page.InnerTextAsync("#county-results li:first-child .muted"));

        // One county of the name: its worklist at once, named, and the address keeps it.
        await page.FillAsync("#area-q", "唐河");
        await page.ClickAsync("#which button[type=submit]");
        await Assertions.Expect(page.Locator("#worklist-title")).ToHaveTextAsync("唐河县 2024 年度质量待办");
        Assert.Equal("河南省 南阳市 唐河县 · 411328", await page.InnerTextAsync("#worklist-place"));
        Assert.EndsWith("/review.html?area=411328&year=2024", page.Url, StringComparison.Ordinal);
        var quality = await app.GetJsonAsync(Routes.Quality(area: "411328", year: 2024, limit: 1000));
        Assert.Equal(quality["townships"]!.AsArray().Select(t => (string)t!["townshipCode"]!),
            (await page.Locator("#worklist-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.township)"))
                .Take(quality["townships"]!.AsArray().Count));
        Assert.Empty(await page.Locator("#county-results li").AllAsync());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Accepting_a_report_in_the_desk_makes_it_accepted_as_the_api_reports()
    {
        await app.StoreAsync("township-2021.json", "411330101", 2021);
        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        await OpenDeskAsync(browser, "411330", 2021);
        Assert.Equal("submitted", await StateAsync("411330101", 2021));

        await page.ClickAsync("[data-open='411330101']");
        await Assertions.Expect(page.Locator("#opened-state")).ToHaveTextAsync("待审核");
        await page.ClickAsync("#accept");
        await Assertions.Expect(page.Locator("#opened-state")).ToHaveTextAsync("审核通过");

        Assert.Equal("accepted", await StateAsync("411330101", 2021));
        Assert.Equal("accepted", await page.GetAttributeAsync("#opened-state", "data-state"));
        await Assertions.Expect(page.Locator("#opened .notice-ok")).ToContainTextAsync("已审核通过");
        Assert.DoesNotContain(ServiceFactory.AdminKey, page.Url, StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "review-desk");
        Assert.Empty(browser.Errors);

        await using var phone = await app.OpenAsync(390, 844);
        await OpenDeskAsync(phone, "411330", 2021);
        await phone.Page.ClickAsync("[data-open='411330101']");
        await Assertions.Expect(phone.Page.Locator("#opened-state")).ToHaveTextAsync("审核通过");
        var overflow = await phone.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the review desk is {overflow}px wider than a phone's screen");
        Assert.Empty(phone.Errors);
    }

    [Fact]
    public async Task Unexplained_findings_refuse_an_acceptance_in_chinese_and_returning_it_says_why()
    {
        // 规章 from a township: a warning the township has not explained.
        await app.StoreAsync("township-2021.json", "411330102", 2021, r =>
        {
            r["proactiveDisclosure"]!["regulations"]!["issued"] = 1;
            r["proactiveDisclosure"]!["regulations"]!["inForce"] = 1;
        });
        var unexplained = (await app.GetJsonAsync(Routes.Report("411330102", 2021)))["review"]!["unexplained"]!.AsArray();
        Assert.NotEmpty(unexplained);
        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        await OpenDeskAsync(browser, "411330", 2021);
        await Assertions.Expect(page.Locator("#worklist-table tr[data-township='411330102']")).ToContainTextAsync("提示");

        await page.ClickAsync("[data-open='411330102']");
        await Assertions.Expect(page.Locator("#opened")).ToContainTextAsync($"其中未说明 {unexplained.Count}");
        // The warning names its cell as the tables print it, not by its JSON Pointer.
        await Assertions.Expect(page.Locator("#opened li[data-code=township-regulations][data-pointer='/proactiveDisclosure/regulations/issued']"))
            .ToContainTextAsync("乡镇一般不制定规章，位置：表二 规章 · 第二十条第（一）项 · 本年制发件数：");
        await page.ClickAsync("#accept");
        await Assertions.Expect(page.Locator("#decision-outcome")).ToHaveTextAsync($"有 {unexplained.Count} 条提示或异常尚未说明：请乡镇说明，或勾选“仍然通过”并写明理由。");
        Assert.Equal("submitted", await StateAsync("411330102", 2021));

        await page.FillAsync("#return-reason", "乡镇不制定规章，请核对表二。");
        await page.ClickAsync("#return");
        await Assertions.Expect(page.Locator("#opened-state")).ToHaveTextAsync("已退回");

        var history = await app.GetJsonAsync(Routes.Reviews("411330102", 2021));
        Assert.Equal("returned", (string)history["state"]!);
        Assert.Equal("乡镇不制定规章，请核对表二。", (string)history["history"]!.AsArray().Last()!["reason"]!);
        await Assertions.Expect(page.Locator("#opened #review-history")).ToContainTextAsync("乡镇不制定规章，请核对表二。");
        // The refused acceptance is the one error the browser reports (its console logs the 409).
        Assert.DoesNotContain(browser.Errors, e => !e.Contains("409", StringComparison.Ordinal));
    }
}
