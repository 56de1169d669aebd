using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Disclosure.Api.Tests.Web.Browser;

/// <summary>
/// The real service on a real Kestrel port, on its own SQLite file seeded as a development run is (the sample reports:
/// one submitted as JSON, two imported from the documents they were published as) and one more report, and a real
/// Chromium (Debian's, driven by Playwright) to open its pages. Shared by the browser tests; each test opens its own browser context.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser; CHROMIUM_PATH overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly ServiceFactory _service = new();
    private IPlaywright? _playwright;

    public Uri Address { get; private set; } = null!;

    /// <summary>A client of the service over its real address, with the admin key.</summary>
    public HttpClient Admin { get; private set; } = null!;

    /// <summary>A client of the service over its real address, without a key (as the public reads).</summary>
    public HttpClient Public { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath),
            $"{ChromiumPath} is missing: install Debian's chromium package (apt-get install -y chromium), as .ci/run does, or set CHROMIUM_PATH.");

        _service.Settings["Samples:Seed"] = "true";
        _service.UseKestrel(0);
        _service.StartServer();
        var addresses = _service.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
        Public = new HttpClient { BaseAddress = Address };
        Admin = new HttpClient { BaseAddress = Address };
        Admin.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
        await SeedAsync();

        // Generous waits: the machine is shared, and a wait only lasts until its condition holds.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>
    /// The development run's seed (Samples:Seed: 上屯镇 2020 as JSON, 毕店镇 and 少拜寺镇 2024 from a PDF and a web page, as
    /// the README does), and 毕店镇 2022 as JSON, so that a township has a year before one of its reports.
    /// </summary>
    private async Task SeedAsync() =>
        (await Admin.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("township-2021.json")))).EnsureSuccessStatusCode();

    /// <summary>
    /// Stores a sample report as <paramref name="township"/>'s for <paramref name="year"/> (admin), changed first by
    /// <paramref name="change"/>: for the tests that review, explain and compare reports of their own townships.
    /// </summary>
    public async Task<JsonNode> StoreAsync(string sample, string township, int year, Action<JsonNode>? change = null)
    {
        var report = JsonNode.Parse(Samples.Text(sample))!;
        report["townshipCode"] = township;
        report["year"] = year;
        report.AsObject().Remove("publishedAt");
        change?.Invoke(report);
        var response = await Admin.PutAsync(Routes.Report(township, year), ServiceFactory.Json(report.ToJsonString()));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>A township key for <paramref name="township"/>, issued by the admin as a county would.</summary>
    public async Task<string> IssueKeyAsync(string township)
    {
        var response = await Admin.PostAsync(Routes.Keys(township), null);
        response.EnsureSuccessStatusCode();
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["key"]!;
    }

    public async Task<JsonNode> GetJsonAsync(string path) => JsonNode.Parse(await Public.GetStringAsync(path))!;

    /// <summary>
    /// A new page at 1280×800 (or the given size) in a context of its own, in China's time zone and language.
    /// <paramref name="bypassCsp"/> lets a test inject its own script (the accessibility checker) past the page's policy.
    /// </summary>
    public async Task<BrowserPage> OpenAsync(int width = 1280, int height = 800, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            BypassCSP = bypassCsp,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(60_000);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        Admin?.Dispose();
        Public?.Dispose();
        await _service.DisposeAsync();
    }
}
