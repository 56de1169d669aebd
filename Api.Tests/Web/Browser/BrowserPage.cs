using Microsoft.Playwright;

namespace Disclosure.Api.Tests.Web.Browser;

/// <summary>
/// A page in its own browser context that remembers every error the browser reported (a script error, a failed
/// request, a Content-Security-Policy violation), so that a test can require there were none.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (_errors) _errors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) =>
        {
            lock (_errors) _errors.Add(error);
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get { lock (_errors) return [.. _errors]; }
    }

    /// <summary>Opens <paramref name="path"/> and waits until its script says it has drawn everything (body[data-ready]).</summary>
    public async Task GoAsync(string path)
    {
        await Page.GotoAsync(path);
        await Page.WaitForSelectorAsync("body[data-ready]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Equal("true", await Page.GetAttributeAsync("body", "data-ready"));
    }

    /// <summary>The text of every element <paramref name="selector"/> matches, trimmed.</summary>
    public async Task<string[]> TextsAsync(string selector) =>
        [.. (await Page.Locator(selector).AllInnerTextsAsync()).Select(t => t.Trim())];

    public ValueTask DisposeAsync() => new(_context.CloseAsync());
}
