using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Domain.Reports;

namespace Disclosure.Api.Tests.Http.Imports;

/// <summary>The real published documents, imported over HTTP, each to exactly the report it publishes.</summary>
public sealed class PublishedSampleUploadTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    public static async Task<JsonObject> ImportAsync(HttpClient client, string path, string mediaType, string query, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var content = new ByteArrayContent(Samples.Bytes(path));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        using var response = await client.PostAsync($"/api/v1/imports?{query}", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The canonical JSON of a report file as the service would store it: every total filled in.</summary>
    public static string Canonical(byte[] json, Action<JsonObject>? change = null)
    {
        var node = Samples.Node(json);
        change?.Invoke(node);
        return System.Text.Encoding.UTF8.GetString(ReportJson.ToUtf8Bytes(Samples.Read(Samples.Utf8(node))));
    }

    [Fact]
    public async Task The_pingtan_web_page_imports_to_its_report()
    {
        var answer = await ImportAsync(_service.CreateAdminClient(), "published/pingtan-2024.html", "text/html", "townshipCode=350128001&year=2024");

        Assert.Equal(Canonical(Samples.Bytes("published/pingtan-2024.expected.json")), answer["report"]!.ToJsonString());
        Assert.Equal("2021", answer["detected"]!["layout"]!.GetValue<string>());
        Assert.Equal("2021", answer["detected"]!["format"]!.GetValue<string>());
        Assert.True(answer["valid"]!.GetValue<bool>());
        Assert.Empty(answer["blanks"]!.AsArray());
        Assert.Empty(answer["errors"]!.AsArray());
        Assert.Null(answer["stored"]);
        var fees = answer["sources"]!.AsArray().Single(s => s!["pointer"]!.GetValue<string>() == "/proactiveDisclosure/fees/amountWan")!;
        Assert.Equal("二", fees["table"]!.GetValue<string>());
        Assert.Equal("18651.06", fees["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_hongze_pdf_imports_to_its_report_with_row_six_undivided_and_the_typo_noted()
    {
        var answer = await ImportAsync(_service.CreateAdminClient(), "published/hongze-2024.pdf", "application/pdf", "townshipCode=320813001&year=2024");

        Assert.Equal(Canonical(Samples.Bytes("published/hongze-2024.expected.json")), answer["report"]!.ToJsonString());
        Assert.Equal("2021-undivided-other", answer["detected"]!["layout"]!.GetValue<string>());
        Assert.True(answer["valid"]!.GetValue<bool>());
        Assert.Empty(answer["blanks"]!.AsArray());
        var variant = answer["notes"]!.AsArray().Single(n => n!["code"]!.GetValue<string>() == "label-variant"
            && n["pointer"]?.GetValue<string>()?.StartsWith("/applications/results/withheld/prohibitedByLaw", StringComparison.Ordinal) == true)!;
        Assert.Contains("其他法律行政止公开", variant["message"]!.GetValue<string>());
        var wrapped = answer["sources"]!.AsArray().Single(s => s!["pointer"]!.GetValue<string>() == "/applications/results/partiallyDisclosed/naturalPerson")!;
        Assert.Equal("9", wrapped["text"]!.GetValue<string>());
        Assert.Contains("部分公开", wrapped["row"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_seed_text_imports_to_its_tables_found_by_its_title_under_the_county()
    {
        var answer = await ImportAsync(_service.CreateAdminClient(), "shangtun-2020.txt", "text/plain; charset=utf-8", "area=411328");

        Assert.Equal(Canonical(Samples.Shangtun2020, n => { n.Remove("publications"); n.Remove("narrative"); }), answer["report"]!.ToJsonString());
        var detected = answer["detected"]!;
        Assert.Equal("411328110", detected["townshipCode"]!.GetValue<string>());
        Assert.Equal("上屯镇", detected["townshipName"]!.GetValue<string>());
        Assert.Equal(2020, detected["year"]!.GetValue<int>());
        Assert.Equal("2019", detected["layout"]!.GetValue<string>());
        Assert.Equal("上屯镇人民政府2020年政府信息公开工作年度报告", detected["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stored_as_post_would_store_it_and_a_second_import_changes_nothing()
    {
        var client = _service.CreateAdminClient();
        var first = await ImportAsync(client, "published/hongze-2024.pdf", "application/pdf", "townshipCode=320813001&year=2024&store=true", HttpStatusCode.Created);
        Assert.Equal(1, first["stored"]!["revision"]!.GetValue<int>());
        Assert.Equal("/api/v1/townships/320813001/reports/2024", first["stored"]!["location"]!.GetValue<string>());
        Assert.False(first["stored"]!["flagged"]!.GetValue<bool>());

        var stored = JsonNode.Parse(await client.GetStringAsync(Routes.Report("320813001", 2024)))!;
        Assert.Equal(first["report"]!.ToJsonString(), stored["report"]!.ToJsonString());

        var again = await ImportAsync(client, "published/hongze-2024.pdf", "application/pdf", "townshipCode=320813001&year=2024&store=true");
        Assert.Equal(1, again["stored"]!["revision"]!.GetValue<int>());
        Assert.Single(JsonNode.Parse(await client.GetStringAsync(Routes.Revisions("320813001", 2024)))!["revisions"]!.AsArray());
    }

    [Fact]
    public async Task Several_files_in_one_upload_are_each_judged_on_their_own()
    {
        using var form = new MultipartFormDataContent();
        void Add(string path, string mediaType, string name)
        {
            var part = new ByteArrayContent(Samples.Bytes(path));
            part.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            form.Add(part, "file", name);
        }
        Add("shangtun-2020.txt", "text/plain", "shangtun-2020.txt");
        Add("published/pingtan-2024.html", "text/html", "pingtan-2024.html");   // names no township under 411328
        using var response = await _service.CreateAdminClient().PostAsync(Routes.Imports(area: "411328"), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]!.AsArray();
        Assert.Equal(["shangtun-2020.txt", "pingtan-2024.html"], results.Select(r => r!["file"]!.GetValue<string>()));
        Assert.Equal("411328110", results[0]!["detected"]!["townshipCode"]!.GetValue<string>());
        Assert.True(results[0]!["valid"]!.GetValue<bool>());
        Assert.Equal("/problems/unidentified-report", results[1]!["problem"]!["type"]!.GetValue<string>());
        Assert.Equal(422, results[1]!["problem"]!["status"]!.GetValue<int>());
    }
}
