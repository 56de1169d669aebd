using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Web.Browser;
using Microsoft.Playwright;

namespace Disclosure.Api.Tests.Web;

/// <summary>
/// The township desk in Chromium: a report entered in the grid and stored, a problem written beside its cell, the
/// previous year's 结转 offered, a published document uploaded, reviewed and stored; the key only in the session.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class DeskPageTests(WebAppFixture app)
{
    private static string Cell(string pointer) => $"td[data-cell='{pointer}']";

    private static async Task OpenDeskAsync(BrowserPage browser, string township, int year, string key)
    {
        await browser.GoAsync(Pages.Desk(township, year));
        await browser.Page.FillAsync("#township-key", key);
        await browser.Page.ClickAsync("#key button[type=submit]");
        await Assertions.Expect(browser.Page.Locator("#key-status")).ToContainTextAsync("已保存密钥");
    }

    [Fact]
    public async Task A_report_entered_in_the_grid_is_stored_with_its_totals()
    {
        var key = await app.IssueKeyAsync("411329001");
        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        await OpenDeskAsync(browser, "411329001", 2023, key);
        await Assertions.Expect(page.Locator("#grid-title")).ToHaveTextAsync("汉城街道 2023 年度报告（2021 年版表格）");

        var entries = new Dictionary<string, string>
        {
            ["/proactiveDisclosure/normativeDocuments/issued"] = "3",
            ["/proactiveDisclosure/fees/amountWan"] = "12.5",
            ["/applications/newlyReceived/naturalPerson"] = "7",
            ["/applications/newlyReceived/commercialEnterprise"] = "1",
            ["/applications/results/disclosed/naturalPerson"] = "5",
            ["/applications/results/partiallyDisclosed/commercialEnterprise"] = "1",
            ["/applications/carriedForward/naturalPerson"] = "2",
            ["/reviewLitigation/review/upheld"] = "1",
        };
        foreach (var (pointer, value) in entries)
            await page.FillAsync($"{Cell(pointer)} input", value);

        await Assertions.Expect(page.Locator($"{Cell("/applications/newlyReceived/total")} output")).ToHaveTextAsync("8");
        await Assertions.Expect(page.Locator($"{Cell("/applications/results/total/naturalPerson")} output")).ToHaveTextAsync("5");
        await Assertions.Expect(page.Locator($"{Cell("/applications/results/total/total")} output")).ToHaveTextAsync("6");
        await Assertions.Expect(page.Locator($"{Cell("/reviewLitigation/review/total")} output")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#grid-problems")).ToContainTextAsync("检查通过");
        Assert.Equal(200, await page.Locator("#grid-panel td[data-cell]").CountAsync());
        await Screenshots.TakeAsync(page, "desk");

        await page.ClickAsync("#submit-report");
        await Assertions.Expect(page.Locator("#outcome-title")).ToHaveTextAsync("已报送（新报告）");
        await Assertions.Expect(page.Locator("#outcome [data-fact=revision]")).ToHaveTextAsync("第 1 版");

        var stored = await app.GetJsonAsync(Routes.Report("411329001", 2023));
        var report = stored["report"]!;
        Assert.Equal(1, (int)stored["revision"]!);
        Assert.False((bool)stored["flagged"]!);
        Assert.Equal(3, (long)report["proactiveDisclosure"]!["normativeDocuments"]!["issued"]!);
        Assert.Equal("12.5", report["proactiveDisclosure"]!["fees"]!["amountWan"]!.ToJsonString());
        Assert.Equal(7, (long)report["applications"]!["newlyReceived"]!["naturalPerson"]!);
        Assert.Equal(8, (long)report["applications"]!["newlyReceived"]!["total"]!);
        Assert.Equal(6, (long)report["applications"]!["results"]!["total"]!["total"]!);
        Assert.Equal(2, (long)report["applications"]!["carriedForward"]!["total"]!);
        Assert.Equal(1, (long)report["reviewLitigation"]!["review"]!["total"]!);
        Assert.Equal(0, (long)report["applications"]!["results"]!["otherHandling"]!["overdueFee"]!["total"]!);

        // The key was in the session only: not in the address, not kept across sessions.
        Assert.DoesNotContain(key, page.Url, StringComparison.Ordinal);
        Assert.Equal(key, await page.EvaluateAsync<string>("sessionStorage.getItem('disclosure.townshipKey')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_broken_identity_is_written_beside_its_cell_with_the_rule_and_the_expected_value()
    {
        var key = await app.IssueKeyAsync("411329002");
        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        await OpenDeskAsync(browser, "411329002", 2023, key);

        await page.FillAsync($"{Cell("/applications/newlyReceived/naturalPerson")} input", "5");

        var beside = page.Locator($"{Cell("/applications/carriedForward/naturalPerson")} .problem");
        await Assertions.Expect(beside).ToContainTextAsync("规则 A1");
        Assert.Contains("此格应为 5，现为 0", await beside.InnerTextAsync());
        Assert.Equal("true", await page.GetAttributeAsync($"{Cell("/applications/carriedForward/naturalPerson")} input", "aria-invalid"));
        var describedBy = await page.GetAttributeAsync($"{Cell("/applications/carriedForward/naturalPerson")} input", "aria-describedby");
        Assert.Equal(await beside.GetAttributeAsync("id"), describedBy);
        Assert.Equal(0, await page.Locator($"{Cell("/applications/newlyReceived/naturalPerson")} .problem:visible").CountAsync());
        await Screenshots.TakeAsync(page, "desk-problem");

        // Refused as it is; stored, flagged, once the clerk acknowledges the rule the published report breaks.
        await page.ClickAsync("#submit-report");
        await Assertions.Expect(page.Locator("#grid-problems")).ToContainTextAsync("未能报送");
        Assert.Null(await GetOrNullAsync(Routes.Report("411329002", 2023)));
        await page.CheckAsync("#acknowledged input[value=A1]");
        await page.ClickAsync("#submit-report");
        await Assertions.Expect(page.Locator("#outcome-title")).ToHaveTextAsync("已报送（新报告）");
        var stored = await app.GetJsonAsync(Routes.Report("411329002", 2023));
        Assert.True((bool)stored["flagged"]!);
        Assert.Equal(["A1"], stored["report"]!["acknowledgedRules"]!.AsArray().Select(r => (string)r!));
    }

    [Fact]
    public async Task Last_years_carried_forward_is_offered_as_this_years_carried_over()
    {
        var key = await app.IssueKeyAsync("411328111");
        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        await OpenDeskAsync(browser, "411328111", 2023, key);
        var previous = (await app.GetJsonAsync(Routes.Report("411328111", 2022)))["report"]!["applications"]!["carriedForward"]!.AsObject();

        await page.ClickAsync("#use-carried-over");

        foreach (var (column, value) in previous.Where(c => c.Key != "total"))
            Assert.Equal(value!.ToJsonString(), await page.InputValueAsync($"{Cell($"/applications/carriedOver/{column}")} input"));
        await Assertions.Expect(page.Locator($"{Cell("/applications/carriedOver/total")} output")).ToHaveTextAsync(previous["total"]!.ToJsonString());
    }

    [Fact]
    public async Task A_published_document_is_uploaded_reviewed_cell_by_cell_and_stored()
    {
        var key = await app.IssueKeyAsync("411329101");
        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        await OpenDeskAsync(browser, "411329101", 2024, key);
        await page.ClickAsync("#mode-import");

        await page.SetInputFilesAsync("#import-file", Path.Combine(AppContext.BaseDirectory, "Samples", "published", "hongze-2024.pdf"));
        await page.ClickAsync("#import-read");
        await Assertions.Expect(page.Locator("#import-review [data-fact=township]")).ToHaveTextAsync("王庄镇（411329101）");

        using var dryRun = new HttpRequestMessage(HttpMethod.Post, Routes.Imports(townshipCode: "411329101", year: 2024))
        {
            Content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "published", "hongze-2024.pdf"))),
        };
        dryRun.Content.Headers.ContentType = new("application/pdf");
        var read = JsonNode.Parse(await (await app.Admin.SendAsync(dryRun)).Content.ReadAsStringAsync())!;
        var sources = read["sources"]!.AsArray();
        var rows = await page.Locator("#import-sources tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.cell, r.cells[3].textContent])");
        Assert.Equal(sources.Select(s => (string)s!["pointer"]!), rows.Select(r => r[0]));
        Assert.Equal(sources.Select(s => (string?)s!["text"] ?? "（空白）"), rows.Select(r => r[1]));
        await Screenshots.TakeAsync(page, "desk-import");

        await page.ClickAsync("#import-store");
        await Assertions.Expect(page.Locator("#outcome [data-fact=revision]")).ToHaveTextAsync("第 1 版");
        var stored = await app.GetJsonAsync(Routes.Report("411329101", 2024));
        Assert.Equal(read["report"]!["applications"]!.ToJsonString(), stored["report"]!["applications"]!.ToJsonString());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Pasted_text_is_read_and_stored_as_the_published_report()
    {
        var key = await app.IssueKeyAsync("411329102");
        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        await OpenDeskAsync(browser, "411329102", 2020, key);
        await page.ClickAsync("#mode-import");

        await page.FillAsync("#import-text", await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "shangtun-2020.txt")));
        await page.ClickAsync("#import-read");
        await Assertions.Expect(page.Locator("#import-review [data-fact=township]")).ToHaveTextAsync("沙堰镇（411329102）");
        await Assertions.Expect(page.Locator("#import-review")).ToContainTextAsync("检查通过");
        await page.ClickAsync("#import-store");
        await Assertions.Expect(page.Locator("#outcome [data-fact=revision]")).ToHaveTextAsync("第 1 版");

        var stored = await app.GetJsonAsync(Routes.Report("411329102", 2020));
        var published = await app.GetJsonAsync(Routes.Report("411328110", 2020));
        Assert.Equal(published["report"]!["applications"]!.ToJsonString(), stored["report"]!["applications"]!.ToJsonString());
        Assert.Equal(published["report"]!["reviewLitigation"]!.ToJsonString(), stored["report"]!["reviewLitigation"]!.ToJsonString());
        Assert.Empty(browser.Errors);
    }

    private async Task<JsonNode?> GetOrNullAsync(string path)
    {
        var response = await app.Public.GetAsync(path);
        return response.StatusCode == System.Net.HttpStatusCode.NotFound ? null : JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }
}
