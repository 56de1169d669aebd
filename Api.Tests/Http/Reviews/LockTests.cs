using System.Net;
using System.Net.Http.Headers;
using static Disclosure.Api.Tests.Http.Reviews.ReviewClient;

namespace Disclosure.Api.Tests.Http.Reviews;

/// <summary>An accepted report refuses a new revision by every way one is stored: POST, PUT and an import with store=true.</summary>
public sealed class LockTests : IDisposable
{
    private static readonly string Import = Routes.Imports(townshipCode: "411328110", year: 2020, store: true);
    private readonly ReviewClient _api = new();

    public void Dispose() => _api.Dispose();

    /// <summary>上屯镇's published 2020 report as text: the sample's figures, policyInterpretations 26.</summary>
    private static ByteArrayContent PublishedText()
    {
        var content = new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "shangtun-2020.txt")));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain; charset=utf-8");
        return content;
    }

    [Fact]
    public async Task An_import_that_would_store_a_new_revision_of_an_accepted_report_is_409_report_locked()
    {
        var (township, _) = await _api.TownshipAsync();
        await SubmitAsync(township, Sample(policyInterpretations: 27));
        await DecideAsync(_api.Admin, "accepted", 1);

        await ProblemAsync(await township.PostAsync(Import, PublishedText()), 409, "/problems/report-locked");

        using var form = new MultipartFormDataContent { { PublishedText(), "file", "shangtun-2020.txt" } };
        var listed = await township.PostAsync(Routes.Imports(townshipCode: "411328110", year: 2020, store: true), form);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var only = Assert.Single((await ReviewClient.BodyAsync(listed))["results"]!.AsArray())!;
        Assert.Equal(("shangtun-2020.txt", "/problems/report-locked", 409), ((string)only["file"]!, (string)only["problem"]!["type"]!, (int)only["problem"]!["status"]!));
        Assert.Equal([1], (await _api.GetAsync(Routes.Revisions(Shangtun, 2020)))["revisions"]!.AsArray().Select(r => (int)r!["revision"]!));

        await DecideAsync(_api.Admin, "unlocked", 1, "按公开文本更正");
        Assert.Equal(2, (int)(await ReviewClient.BodyAsync(await township.PostAsync(Import, PublishedText())))["stored"]!["revision"]!);
    }

    [Fact]
    public async Task An_import_of_the_accepted_content_itself_is_answered_unchanged()
    {
        Assert.Equal(HttpStatusCode.Created, (await _api.Admin.PostAsync(Import, PublishedText())).StatusCode);
        await DecideAsync(_api.Admin, "accepted", 1);

        var same = await _api.Admin.PostAsync(Import, PublishedText());

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(1, (int)(await ReviewClient.BodyAsync(same))["stored"]!["revision"]!);
        Assert.Equal("accepted", (string?)(await _api.GetAsync(ReviewsUrl))["state"]);
    }
}
