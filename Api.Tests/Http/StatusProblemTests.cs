using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

/// <summary>Failures the framework answers (no route, wrong method, not JSON) are problems of documented types too.</summary>
public sealed class StatusProblemTests : IDisposable
{
    private readonly ServiceFactory _service = new();
    private readonly HttpClient _admin;

    public StatusProblemTests() => _admin = _service.CreateAdminClient();

    public void Dispose() => _service.Dispose();

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(type, (string?)problem["type"]);
        Assert.Equal((int)status, (int?)problem["status"]);
        return problem;
    }

    [Fact]
    public async Task An_unknown_route_is_the_documented_not_found()
    {
        var problem = await ProblemAsync(await _admin.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal("/api/v1/nothing-here", (string?)problem["instance"]);
    }

    [Fact]
    public async Task A_method_the_route_does_not_take_is_method_not_allowed()
    {
        var response = await _admin.DeleteAsync(Routes.Area("411328"));
        await ProblemAsync(response, HttpStatusCode.MethodNotAllowed, "/problems/method-not-allowed");
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("POST", "/api/v1/reports")]
    [InlineData("POST", "/api/v1/reports/validate")]
    [InlineData("PUT", "/api/v1/townships/411328110/reports/2020")]
    public async Task A_body_without_a_Content_Type_is_an_unsupported_media_type_problem(string method, string path)
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Samples.Text("shangtun-2020.json")));
        var problem = await ProblemAsync(await _admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = content }),
            HttpStatusCode.UnsupportedMediaType, "/problems/unsupported-media-type");
        Assert.Equal("The request has no Content-Type; send the body as application/json.", (string?)problem["detail"]);
    }

    [Fact]
    public async Task A_text_plain_body_is_the_documented_unsupported_media_type()
    {
        var content = new StringContent(Samples.Text("shangtun-2020.json"), new MediaTypeHeaderValue("text/plain"));
        await ProblemAsync(await _admin.PostAsync(Routes.Reports(), content), HttpStatusCode.UnsupportedMediaType, "/problems/unsupported-media-type");
    }

    [Fact]
    public void Every_problem_type_is_in_the_READMEs_Errors_table_and_in_openapi_yaml()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Disclosure.slnx"))) root = root.Parent!;
        var readme = File.ReadAllText(Path.Combine(root.FullName, "README.md"));
        var errors = readme[readme.IndexOf("## Errors", StringComparison.Ordinal)..];
        var openApi = File.ReadAllText(Path.Combine(root.FullName, "openapi.yaml"));

        Assert.Contains("/problems/method-not-allowed", Problems.ProblemTypeDocumentation.All);
        foreach (var type in Problems.ProblemTypeDocumentation.All)
        {
            Assert.Matches($@"\| \d{{3}} \| `{type}` \|", errors);
            Assert.Contains($"`{type}` (", openApi);
        }
    }
}
