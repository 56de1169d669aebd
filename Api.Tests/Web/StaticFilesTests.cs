using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Disclosure.Api.Hosting;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Web;

/// <summary>
/// The web app's files as the service serves them: the page at /, revalidated each time; the vendor files under their
/// version, cached a year; compressed; every one under the strict Content-Security-Policy; the API untouched.
/// </summary>
public sealed class StaticFilesTests : IDisposable
{
    private const string EChartsPath = "/vendor/echarts-6.1.0/echarts.common.min.js";

    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        return await _service.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task The_dashboard_is_served_at_the_root_revalidated_and_under_the_policy()
    {
        var response = await GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(WebApp.ContentSecurityPolicy, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script type=\"module\" src=\"/js/dashboard.js\"></script>", html);

        var again = await GetAsync("/", ifNoneMatch: response.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public void The_policy_allows_no_inline_script_or_style_and_nothing_from_elsewhere()
    {
        var directives = WebApp.ContentSecurityPolicy.Split("; ").ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);

        Assert.Equal(["'none'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.DoesNotContain(directives.Values.SelectMany(v => v), v => v.Contains("unsafe", StringComparison.Ordinal) || v.Contains("http", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_vendor_file_is_cached_for_a_year_and_compressed()
    {
        var plain = await GetAsync(EChartsPath);
        var brotli = await GetAsync(EChartsPath, acceptEncoding: "br");
        var gzip = await GetAsync(EChartsPath, acceptEncoding: "gzip");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("text/javascript", plain.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", plain.Headers.CacheControl?.ToString());
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(ApiFolder, "node_modules", "echarts", "dist", "echarts.common.min.js")), bytes);

        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);
        var compressed = await brotli.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < bytes.Length / 2, $"{compressed.Length} bytes compressed of {bytes.Length}");
        await using (var unpacked = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            using var copy = new MemoryStream();
            await unpacked.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_vendor_folder_is_named_by_the_version_package_lock_pins()
    {
        var lockFile = await File.ReadAllTextAsync(Path.Combine(ApiFolder, "package-lock.json"));
        var version = System.Text.Json.Nodes.JsonNode.Parse(lockFile)!["packages"]!["node_modules/echarts"]!["version"]!.GetValue<string>();
        var page = await File.ReadAllTextAsync(Path.Combine(ApiFolder, "wwwroot", "index.html"));

        Assert.Contains($"src=\"/vendor/echarts-{version}/echarts.common.min.js\"", page);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"/vendor/echarts-{version}/LICENSE.txt")).StatusCode);
    }

    [Fact]
    public async Task The_api_keeps_its_own_answers_uncompressed_by_the_app_and_without_the_page_policy()
    {
        var response = await GetAsync(Routes.Provinces, acceptEncoding: "br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_file_that_is_not_there_is_the_documented_not_found()
    {
        var response = await GetAsync("/js/nothing.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Api/, where the build installed and copied the front-end packages (the tests' content root is there too).</summary>
    private static string ApiFolder => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "Api"));
}
