using System.Globalization;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Web.Browser;
using Microsoft.Playwright;

namespace Disclosure.Api.Tests.Web;

/// <summary>The county dashboard in Chromium: every number it shows is the API's, and the drill-down reaches a report.</summary>
[Collection(WebAppCollection.Name)]
public sealed class DashboardPageTests(WebAppFixture app)
{
    private static readonly string Tanghe2024 = Pages.Dashboard("411328", 2024);

    [Fact]
    public async Task The_root_opens_on_the_sample_reports_county_and_latest_year()
    {
        await using var browser = await app.OpenAsync();
        await browser.GoAsync("/");
        var applications = await app.GetJsonAsync(Routes.Rollup("applications", area: "411328", year: 2024));
        var byYear = await app.GetJsonAsync(Routes.Rollup("applications", area: "411328", groupBy: "year"));

        Assert.Equal("唐河县", await browser.Page.InnerTextAsync("#area-name"));
        Assert.Equal("2024", await browser.Page.InputValueAsync("#year"));
        Assert.Equal(2, Count(await browser.Page.InnerTextAsync("[data-stat=submitted]")));
        var group = Assert.Single(applications["groups"]!.AsArray())!;
        // The two published 2024 reports the development seed stores (毕店镇 from a PDF, 少拜寺镇 from a web page).
        Assert.Equal(2, (int)group["reports"]!);
        // By year: the seed's three and the fixture's 2022 report.
        Assert.Equal([2020, 2022, 2024], byYear["groups"]!.AsArray().Select(g => (int)g!["key"]!["year"]!));
        Assert.Equal("汇总 4 份报告，其中 0 份已标记", await browser.Page.InnerTextAsync("#outcomes-by-year .sums"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Completeness_shows_the_apis_counts_and_lists()
    {
        await using var browser = await app.OpenAsync();
        await browser.GoAsync(Tanghe2024);
        var api = await app.GetJsonAsync(Routes.Completeness(area: "411328", year: 2024));

        Assert.Equal("唐河县", await browser.Page.InnerTextAsync("#area-name"));
        int[] shown =
        [
            Count(await browser.Page.InnerTextAsync("[data-stat=expected]")),
            Count(await browser.Page.InnerTextAsync("[data-stat=submitted]")),
            Count(await browser.Page.InnerTextAsync("[data-stat=on-time]")),
            Count(await browser.Page.InnerTextAsync("[data-stat=late]")),
            Count(await browser.Page.InnerTextAsync("[data-stat=missing]")),
        ];
        int[] answered = [(int)api["expected"]!, (int)api["submitted"]!, (int)api["onTime"]!, api["late"]!.AsArray().Count, api["missing"]!.AsArray().Count];
        Assert.Equal([24, 2, 0, 2, 22], answered);
        Assert.Equal(answered, shown);
        var late = await browser.Page.Locator("#completeness details:has-text('逾期乡镇') li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.township)");
        Assert.Equal(api["late"]!.AsArray().Select(t => (string)t!["townshipCode"]!), late);
        var missing = await browser.Page.Locator("#completeness details:has-text('未报乡镇') li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.township)");
        Assert.Equal(api["missing"]!.AsArray().Select(t => (string)t!["townshipCode"]!), missing);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_review_states_and_the_quality_counts_are_the_apis()
    {
        await using var browser = await app.OpenAsync();
        await browser.GoAsync(Tanghe2024);
        var completeness = await app.GetJsonAsync(Routes.Completeness(area: "411328", year: 2024));
        var quality = await app.GetJsonAsync(Routes.Quality(area: "411328", year: 2024, limit: 10));

        foreach (var state in new[] { "submitted", "accepted", "returned" })
            Assert.Equal((int)completeness["states"]![state]!, Count(await browser.Page.InnerTextAsync($"[data-stat=state-{state}]")));
        Assert.Equal(completeness["returned"]!.AsArray().Select(t => (string)t!["townshipCode"]!),
            await browser.Page.Locator("#review-states li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.township)"));

        var totals = quality["totals"]!.AsArray();
        Assert.NotEmpty(totals);
        var rows = await browser.Page.Locator("#quality-kinds tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [...r.cells].map(c => c.textContent))");
        Assert.Equal(totals.Select(t => new[] { (decimal)(long)t!["items"]!, (decimal)(int)t["townships"]! }), rows.Select(r => new[] { Figure(r[1]), Figure(r[2]) }));
        Assert.Equal($"汇总 {(int)quality["submitted"]!} 份报告，其中 {totals.FirstOrDefault(t => (string)t!["kind"]! == "violation")?["townships"]?.GetValue<int>() ?? 0} 份已标记",
            await browser.Page.InnerTextAsync("#quality-kinds .sums"));
        Assert.NotNull(await browser.Page.Locator("#quality-kinds canvas").ElementHandleAsync());
        Assert.Equal(quality["townships"]!.AsArray().Select(t => $"/report.html?township={t!["townshipCode"]}&year=2024"),
            await browser.Page.Locator("ol.worklist > li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Only_accepted_reports_counts_and_sums_the_accepted_ones()
    {
        await using var browser = await app.OpenAsync();
        await browser.GoAsync(Tanghe2024);
        // Ticking the box submits the form at once: the page is read again with status=accepted.
        await browser.Page.ClickAsync("#accepted-only");
        await browser.Page.WaitForURLAsync(url => url.EndsWith("/?area=411328&year=2024&status=accepted", StringComparison.Ordinal));
        await browser.Page.WaitForSelectorAsync("body[data-ready]");
        var completeness = await app.GetJsonAsync(Routes.Completeness(area: "411328", year: 2024, status: "accepted"));
        var tables = await app.GetJsonAsync(Routes.Tables(area: "411328", year: 2024, status: "accepted"));

        Assert.True(await browser.Page.IsCheckedAsync("#accepted-only"));
        Assert.Equal((int)completeness["submitted"]!, Count(await browser.Page.InnerTextAsync("[data-stat=submitted]")));
        Assert.Equal(completeness["missing"]!.AsArray().Count, Count(await browser.Page.InnerTextAsync("[data-stat=missing]")));
        Assert.Equal(tables["formats"]!.AsArray().Count, await browser.Page.Locator("#tables .table-set").CountAsync());
        Assert.Equal("/api/v1/tables?area=411328&year=2024&status=accepted&format=xlsx", await browser.Page.GetAttributeAsync("#tables a:has-text('Excel')", "href"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Every_figure_of_the_county_tables_is_the_apis()
    {
        await using var browser = await app.OpenAsync();
        await browser.GoAsync(Tanghe2024);
        var api = await app.GetJsonAsync(Routes.Tables(area: "411328", year: 2024));

        var shown = await browser.Page.Locator("#tables td[data-cell]").EvaluateAllAsync<string[][]>(
            "cells => cells.map(c => [c.closest('.table-set').dataset.format, c.dataset.cell, c.textContent])");
        var expected = api["formats"]!.AsArray().SelectMany(set => set!["tables"]!.AsArray()
            .SelectMany(t => t!["rows"]!.AsArray()).SelectMany(r => r!["cells"]!.AsArray())
            .Where(c => c!["cell"] is not null)
            .Select(c => new[] { (string)set["format"]!, (string)c!["cell"]!, c["value"]!.ToJsonString() })).ToList();

        Assert.Equal(207, expected.Count);
        Assert.Equal(expected.Select(e => (e[0], e[1])), shown.Select(s => (s[0], s[1])));
        Assert.Equal(expected.Select(e => decimal.Parse(e[2], CultureInfo.InvariantCulture)), shown.Select(s => Figure(s[2])));
        Assert.Equal("唐河县（411328）2024年政府信息公开工作年度报告统计表", await browser.Page.InnerTextAsync("#tables-title"));
        Assert.Equal("/api/v1/tables?area=411328&year=2024&format=xlsx", await browser.Page.GetAttributeAsync("#tables a:has-text('Excel')", "href"));
    }

    [Fact]
    public async Task The_charts_numbers_are_the_rollups_with_how_many_reports_they_sum()
    {
        await using var browser = await app.OpenAsync();
        await browser.GoAsync(Tanghe2024);
        var byYear = (await app.GetJsonAsync(Routes.Rollup("applications", area: "411328", groupBy: "year")))["groups"]!.AsArray();
        var byTownship = (await app.GetJsonAsync(Routes.Rollup("applications", area: "411328", year: 2024, groupBy: "township")))["groups"]!.AsArray();

        var outcomes = browser.Page.Locator("#outcomes-by-year");
        Assert.Equal($"汇总 {byYear.Sum(g => (int)g!["reports"]!)} 份报告，其中 {byYear.Sum(g => (int)g!["flagged"]!)} 份已标记",
            await outcomes.Locator(".sums").InnerTextAsync());
        Assert.Equal(["", .. byYear.Select(g => $"{g!["key"]!["year"]} 年")], await outcomes.Locator("thead th").AllTextContentsAsync());
        var received = await outcomes.Locator("tbody tr:has(th:text-is('一、本年新收政府信息公开申请数量')) td").AllTextContentsAsync();
        Assert.Equal(byYear.Select(g => (decimal)(long)g!["applications"]!["newlyReceived"]!["total"]!), received.Select(Figure));
        var disclosed = await outcomes.Locator("tbody tr:has(th:text-is('（一）予以公开')) td").AllTextContentsAsync();
        Assert.Equal(byYear.Select(g => (decimal)(long)g!["applications"]!["results"]!["disclosed"]!["total"]!), disclosed.Select(Figure));
        Assert.NotNull(await outcomes.Locator("canvas").ElementHandleAsync());

        var rates = await browser.Page.Locator("#rates-by-year tbody tr:has(th:text-is('公开率（（一）+（二））÷（七）')) td").AllTextContentsAsync();
        Assert.Equal(byYear.Select(g => Percent(g!["applications"]!["results"]!["disclosureRate"])), rates);

        var compared = browser.Page.Locator("#units-compared");
        var rows = await compared.Locator("tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.cells[0].textContent, r.cells[1].textContent])");
        var expected = byTownship.Select(g => ((string)g!["key"]!["townshipName"]!, (long)g["applications"]!["newlyReceived"]!["total"]!))
            .OrderByDescending(t => t.Item2).ToList();
        Assert.Equal(expected.Select(e => e.Item1), rows.Select(r => r[0]));
        Assert.Equal(expected.Select(e => (decimal)e.Item2), rows.Select(r => Figure(r[1])));
        Assert.Equal(byTownship.Select(g => $"/report.html?township={g!["key"]!["townshipCode"]}&year=2024").Order(),
            (await compared.Locator("tbody th a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Order());

        // Sortable: by code, then ascending.
        await browser.Page.SelectOptionAsync("#compare-order", "code");
        var byCode = await compared.Locator("tbody th").AllTextContentsAsync();
        Assert.Equal(byTownship.Select(g => (string)g!["key"]!["townshipName"]!), byCode);
        await browser.Page.SelectOptionAsync("#compare-order", "asc");
        Assert.Equal(expected.Select(e => e.Item1).Reverse(), await browser.Page.Locator("#units-compared tbody th").AllTextContentsAsync());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Drilling_down_from_the_country_reaches_a_townships_report()
    {
        await using var browser = await app.OpenAsync();
        var page = browser.Page;
        await browser.GoAsync("/?area=&year=2020");
        Assert.Equal("全国", await page.InnerTextAsync("#area-name"));

        foreach (var (summary, link) in new[] { ("省级地区", "河南省"), ("河南省的下级地区", "南阳市"), ("南阳市的下级地区", "唐河县") })
        {
            await page.ClickAsync($"summary:has-text('{summary}')");
            await page.Locator(".child-list").GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await page.WaitForSelectorAsync("body[data-ready='true']");
            Assert.Equal(link, await page.InnerTextAsync("#area-name"));
        }
        Assert.Equal(["全国", "河南省", "南阳市", "唐河县"], await browser.TextsAsync(".breadcrumbs li"));

        await page.ClickAsync("summary:has-text('唐河县的下级地区')");
        await page.Locator(".child-list").GetByRole(AriaRole.Link, new() { Name = "上屯镇", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("body[data-ready='true']");
        Assert.EndsWith("/report.html?township=411328110&year=2020", page.Url);
        Assert.Equal("上屯镇 2020 年政府信息公开工作年度报告", await page.InnerTextAsync("h1"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Searching_by_name_finds_the_area_with_its_parents()
    {
        await using var browser = await app.OpenAsync();
        await browser.GoAsync(Tanghe2024);

        await browser.Page.FillAsync("#area-q", "上屯");
        await browser.Page.PressAsync("#area-q", "Enter");
        var first = browser.Page.Locator("#area-results li").First;
        await Assertions.Expect(first).ToContainTextAsync("上屯镇");

        Assert.Contains("河南省 南阳市 唐河县 · 411328110", await first.InnerTextAsync());
        Assert.Equal("/report.html?township=411328110&year=2024", await first.Locator("a").GetAttributeAsync("href"));
    }

    [Fact]
    public async Task The_dashboard_at_1280_by_800_and_on_a_phone_is_kept_as_a_screenshot()
    {
        await using var desktop = await app.OpenAsync();
        await desktop.GoAsync(Tanghe2024);
        await Screenshots.TakeAsync(desktop.Page, "dashboard");

        await using var phone = await app.OpenAsync(390, 844);
        await phone.GoAsync(Tanghe2024);
        var overflow = await phone.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a phone's screen");
        await Screenshots.TakeAsync(phone.Page, "dashboard-phone");
        Assert.Empty(desktop.Errors);
        Assert.Empty(phone.Errors);
    }

    /// <summary>A figure as the page prints it (1,234 or 24,252.311082) as a number.</summary>
    private static decimal Figure(string text) => decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static int Count(string text) => (int)Figure(text);

    private static string Percent(JsonNode? rate) =>
        rate is null ? "—" : (rate.GetValue<double>() * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
