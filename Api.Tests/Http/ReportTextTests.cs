using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Domain.Printing;
using Disclosure.Domain.Reading;

namespace Disclosure.Api.Tests.Http;

/// <summary>GET a report with format=text or Accept: text/plain: its national tables as plain text, tagged and conditional like its JSON.</summary>
public sealed class ReportTextTests : IDisposable
{
    private static readonly string Url = Routes.Report("411328110", 2020);

    private readonly ServiceFactory _service = new();
    private readonly HttpClient _admin;

    public ReportTextTests() => _admin = _service.CreateAdminClient();

    public void Dispose() => _service.Dispose();

    private Task<HttpResponseMessage> PostAsync(string json) => _admin.PostAsync(Routes.Reports(), ServiceFactory.Json(json));

    private Task<HttpResponseMessage> GetAsync(string url, string? accept = null, EntityTagHeaderValue? ifNoneMatch = null) => _admin.GetWithHeadersAsync(url, accept, ifNoneMatch);

    private static string Printed(string json) =>
        PrintedText.Of(ReportReader.Read(System.Text.Encoding.UTF8.GetBytes(json)).Report!);

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(type, (string?)problem["type"]);
        Assert.Equal((int)status, (int?)problem["status"]);
        return problem;
    }

    [Fact]
    public async Task Format_text_answers_the_national_tables_as_plain_text_with_a_tag_of_its_own()
    {
        var created = await PostAsync(Samples.Text("shangtun-2020.json"));

        var response = await GetAsync(Routes.Report("411328110", 2020, format: "text"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(Printed(Samples.Text("shangtun-2020.json")), text);
        Assert.StartsWith("二、主动公开政府信息情况\n第二十条第（一）项\t\t\t\n", text);
        Assert.Contains("\n其他对外管理服务事项\t0\t47\t200\n", text);
        var json = created.Headers.ETag!;
        Assert.Equal($"{json.Tag[..^1]}-text\"", response.Headers.ETag!.Tag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/*")]
    [InlineData("application/json;q=0.5,text/plain")]
    public async Task Accept_text_plain_answers_the_same_text(string accept)
    {
        await PostAsync(Samples.Text("shangtun-2020.json"));
        var byFormat = await GetAsync(Routes.Report("411328110", 2020, format: "text"));

        var byAccept = await GetAsync(Url, accept);

        Assert.Equal(HttpStatusCode.OK, byAccept.StatusCode);
        Assert.Equal("text/plain", byAccept.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await byFormat.Content.ReadAsStringAsync(), await byAccept.Content.ReadAsStringAsync());
        Assert.Equal(byFormat.Headers.ETag, byAccept.Headers.ETag);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("text/plain,application/json")]
    [InlineData("text/plain;q=0.5,application/json")]
    public async Task Json_stays_the_default_and_wins_ties(string? accept)
    {
        var created = await PostAsync(Samples.Text("shangtun-2020.json"));

        var response = await GetAsync(Url, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(created.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task The_text_answers_304_to_its_own_tag_and_200_to_the_json_tag()
    {
        var created = await PostAsync(Samples.Text("shangtun-2020.json"));
        var text = await GetAsync(Routes.Report("411328110", 2020, format: "text"));

        var notModified = await GetAsync(Routes.Report("411328110", 2020, format: "text"), ifNoneMatch: text.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(text.Headers.ETag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var otherRepresentation = await GetAsync(Routes.Report("411328110", 2020, format: "text"), ifNoneMatch: created.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, otherRepresentation.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Url, ifNoneMatch: text.Headers.ETag)).StatusCode);
    }

    [Fact]
    public async Task HEAD_answers_the_texts_status_and_headers_without_its_body()
    {
        await PostAsync(Samples.Text("shangtun-2020.json"));
        var get = await GetAsync(Routes.Report("411328110", 2020, format: "text"));
        var body = await get.Content.ReadAsByteArrayAsync();

        var head = await _admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, Routes.Report("411328110", 2020, format: "text")));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", head.Content.Headers.ContentType!.ToString());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_older_revision_is_printed_from_its_own_figures()
    {
        await PostAsync(Samples.Text("shangtun-2020.json"));
        var changed = Samples.Node("shangtun-2020.json");
        changed["proactiveDisclosure"]!["otherServices"]!["decisions"] = 201;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(changed.ToJsonString())).StatusCode);

        var current = await GetAsync(Routes.Report("411328110", 2020, format: "text"));
        var first = await GetAsync(Routes.Report("411328110", 2020, revision: 1, format: "text"));

        Assert.Contains("\n其他对外管理服务事项\t0\t47\t201\n", await current.Content.ReadAsStringAsync());
        Assert.Equal(Printed(Samples.Text("shangtun-2020.json")), await first.Content.ReadAsStringAsync());
        Assert.StartsWith("\"2-", current.Headers.ETag!.Tag);
        Assert.StartsWith("\"1-", first.Headers.ETag!.Tag);
        Assert.EndsWith("-text\"", first.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(Routes.Report("411328110", 2020, revision: 1, format: "text"), ifNoneMatch: first.Headers.ETag)).StatusCode);
    }

    [Fact]
    public async Task A_missing_report_or_revision_is_a_404_problem()
    {
        var missing = await ProblemAsync(await GetAsync(Routes.Report("411328110", 2020, format: "text")), HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal("There is no report of township 411328110 for 2020.", (string?)missing["detail"]);

        await PostAsync(Samples.Text("shangtun-2020.json"));
        var revision = await ProblemAsync(await GetAsync(Routes.Report("411328110", 2020, revision: 2), "text/plain"), HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal("There is no revision 2 of report of township 411328110 for 2020.", (string?)revision["detail"]);
    }

    [Fact]
    public async Task An_unknown_format_is_a_400_and_an_accept_of_neither_type_a_406()
    {
        await PostAsync(Samples.Text("shangtun-2020.json"));

        var badFormat = await ProblemAsync(await GetAsync($"{Url}?format=csv"), HttpStatusCode.BadRequest, "/problems/invalid-parameter");
        var error = Assert.Single(badFormat["errors"]!.AsArray());
        Assert.Equal("format", (string?)error!["parameter"]);
        Assert.Equal("invalid-format", (string?)error["code"]);

        var notAcceptable = await ProblemAsync(await GetAsync(Url, "text/csv"), HttpStatusCode.NotAcceptable, "/problems/not-acceptable");
        Assert.Equal("This answer is application/json, text/plain, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, text/html, " +
                     "and Accept accepts none of them: accept one, or ask with format=json, format=text, format=xlsx, format=html.",
            (string?)notAcceptable["detail"]);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Routes.Report("411328110", 2020, format: "text"), "text/csv")).StatusCode);
    }
}
