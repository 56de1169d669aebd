using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Domain.Reviews;

namespace Disclosure.Api.Tests.Http.ReviewedReads;

/// <summary>
/// A review changes what the reads count without storing a revision: a tag given before it must not be answered 304
/// after it, in the same process or after a restart on the same file.
/// </summary>
public sealed class ReviewedTagsTests : IDisposable
{
    private static readonly string Url = Routes.Rollup("applications", area: "411328", year: 2020);
    private readonly string _folder = TempFolders.New();

    private string DatabasePath => Path.Combine(_folder, "reports.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_tag_from_before_a_review_is_not_answered_304_after_it_nor_after_a_restart()
    {
        using (var first = new ServiceFactory(DatabasePath))
        {
            var stored = await first.CreateAdminClient().PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
            Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        }
        EntityTagHeaderValue submitted;
        using (var second = new ServiceFactory(DatabasePath))
            submitted = (await second.CreateClient().GetAsync(Url)).Headers.ETag!;
        using (var third = new ServiceFactory(DatabasePath))
        {
            // Nothing changed: the tag holds across a restart.
            Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(third, submitted)).StatusCode);

            await CountyReview.ReviewAsync(third, "411328110", 2020, ReviewAction.Accepted);

            var afterReview = await GetAsync(third, submitted);
            Assert.Equal(HttpStatusCode.OK, afterReview.StatusCode);
            Assert.Equal("""{"submitted":0,"accepted":1,"returned":0}""", await StatesAsync(afterReview));
        }
        using (var fourth = new ServiceFactory(DatabasePath))
        {
            var afterRestart = await GetAsync(fourth, submitted);
            Assert.Equal(HttpStatusCode.OK, afterRestart.StatusCode);
            Assert.Equal("""{"submitted":0,"accepted":1,"returned":0}""", await StatesAsync(afterRestart));
            Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(fourth, afterRestart.Headers.ETag!)).StatusCode);
        }
    }

    private static Task<HttpResponseMessage> GetAsync(ServiceFactory service, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.IfNoneMatch.Add(tag);
        return service.CreateClient().SendAsync(request);
    }

    private static async Task<string> StatesAsync(HttpResponseMessage response) =>
        Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["groups"]!.AsArray())!["states"]!.ToJsonString();
}
