using System.Net;
using Disclosure.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Api.Tests.Http;

/// <summary>HEAD on every GET route answers what GET answers, status and headers, without the body.</summary>
public sealed class HeadTests : IAsyncLifetime
{
    private readonly ServiceFactory _service = new();
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _admin = _service.CreateAdminClient();
        Assert.Equal(HttpStatusCode.Created, (await _admin.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")))).StatusCode);
    }

    public Task DisposeAsync()
    {
        _service.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Every GET route the service maps, its parameters filled in with the sample report's township and year.</summary>
    private List<string> GetRoutes() =>
        _service.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            // FastEndpoints' own route for its test helpers, mapped only under WebApplicationFactory.
            .Where(e => e.RoutePattern.RawText != "_test_url_cache_")
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/').Replace("{code}", "411328110").Replace("{year}", "2020").Replace("{format}", "2021"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Every_GET_route_is_enumerated() =>
        Assert.Equal(
        [
            Routes.Areas(), Routes.Area("411328110"), Routes.Children("411328110"),
            Routes.Cells(), Routes.Completeness(), Routes.FormatTables("2021"), Routes.Provinces, Routes.Quality(), Routes.Reports(),
            Routes.Rollup("applications"), Routes.Rollup("proactive"), Routes.Rollup("publications"), Routes.Rollup("review-litigation"), Routes.Tables(),
            Routes.Townships(), Routes.Keys("411328110"), Routes.Report("411328110", 2020),
            Routes.Changes("411328110", 2020),
            Routes.Explanations("411328110", 2020), Routes.Reviews("411328110", 2020),
            Routes.Revisions("411328110", 2020), "/health",
        ], GetRoutes());

    [Fact]
    public async Task HEAD_answers_every_GET_route_with_the_GETs_status_and_headers_and_no_body()
    {
        foreach (var route in GetRoutes())
        {
            var get = await _admin.SendAsync(new HttpRequestMessage(HttpMethod.Get, route));
            var body = await get.Content.ReadAsByteArrayAsync();
            var head = await _admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, route));

            Assert.True(get.StatusCode == head.StatusCode, $"{route}: GET {get.StatusCode}, HEAD {head.StatusCode}");
            Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
            Assert.Equal(get.Headers.ETag?.ToString(), head.Headers.ETag?.ToString());
            Assert.True(body.Length == head.Content.Headers.ContentLength, $"{route}: GET body {body.Length} bytes, HEAD Content-Length {head.Content.Headers.ContentLength}");
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task HEAD_with_the_current_ETag_gets_304_like_GET()
    {
        var route = Routes.Report("411328110", 2020);
        var etag = (await _admin.GetAsync(route)).Headers.ETag!;

        var head = new HttpRequestMessage(HttpMethod.Head, route);
        head.Headers.IfNoneMatch.Add(etag);
        var answer = await _admin.SendAsync(head);

        Assert.Equal(HttpStatusCode.NotModified, answer.StatusCode);
        Assert.Equal(etag, answer.Headers.ETag);
    }

    [Fact]
    public async Task HEAD_on_a_route_without_GET_is_a_405_problem()
    {
        var answer = await _admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, Routes.Backups));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["POST"], answer.Content.Headers.Allow);
    }
}
