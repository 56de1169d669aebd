using Deque.AxeCore.Playwright;
using Disclosure.Api.Tests.Web.Browser;

namespace Disclosure.Api.Tests.Web;

/// <summary>
/// Each page checked by axe-core (WCAG 2 A and AA rules: labels, names, contrast, structure) once it has drawn everything:
/// no violation at all.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class AccessibilityTests(WebAppFixture app)
{
    [Theory]
    [InlineData("/?area=411328&year=2024", true)]
    [InlineData("/report.html?township=411328112&year=2024", false)]
    [InlineData("/desk.html?township=411328111&year=2023", true)]
    [InlineData("/review.html?area=411328&year=2024", true)]
    public async Task The_page_has_no_accessibility_violations(string path, bool hasFields)
    {
        await using var browser = await app.OpenAsync(bypassCsp: true);
        await browser.GoAsync(path);

        var result = await browser.Page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        // The rules that matter most here did run: every field has a label, text contrasts with its background.
        if (hasFields) Assert.Contains(result.Passes, rule => rule.Id == "label");
        Assert.Contains(result.Passes.Concat(result.Incomplete), rule => rule.Id == "color-contrast");
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target.ToString())))}")));
    }
}
