using Microsoft.Playwright;

namespace Disclosure.Api.Tests.Web.Browser;

/// <summary>
/// Screenshots of the main pages, kept as test artefacts: in SCREENSHOTS_DIR when set (.ci/run sets it beside the test
/// results), else in screenshots/ beside the tests. docs/screenshots/ in the repository holds copies for the README.
/// </summary>
public static class Screenshots
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<string> TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is nearly empty");
        return path;
    }
}
