using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http.Imports;

/// <summary>Documents the service cannot import: each a precise 4xx problem, never a 5xx.</summary>
public sealed class BadDocumentTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    private async Task<(HttpStatusCode Status, JsonObject Body, HttpResponseMessage Response)> PostAsync(byte[] body, string? mediaType, string query = "townshipCode=411328110&year=2020")
    {
        using var content = new ByteArrayContent(body);
        if (mediaType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        var response = await _service.CreateAdminClient().PostAsync($"/api/v1/imports?{query}", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject(), response);
    }

    private static string[] Codes(JsonObject problem) => [.. problem["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>())];

    [Fact]
    public async Task An_image_is_not_a_document_the_service_reads()
    {
        var (status, problem, _) = await PostAsync([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image/png");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("/problems/unsupported-media-type", problem["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_without_the_tables_lists_every_table_not_found()
    {
        var page = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"><title>通知</title></head><body><p>关于开展春季植树活动的通知</p><p>各村：请于3月12日前组织植树。</p></body></html>");
        var (status, problem, _) = await PostAsync(page, "text/html");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("/problems/unrecognised-document", problem["type"]!.GetValue<string>());
        var details = string.Join("\n", problem["errors"]!.AsArray().Select(e => e!["detail"]!.GetValue<string>()));
        Assert.Contains("主动公开政府信息情况", details);
        Assert.Contains("收到和处理政府信息公开申请情况", details);
        Assert.Contains("行政复议、行政诉讼", details);
    }

    [Fact]
    public async Task A_truncated_pdf_is_unreadable()
    {
        var pdf = Samples.Bytes("published/hongze-2024.pdf");
        var (status, problem, _) = await PostAsync(pdf[..(pdf.Length / 3)], "application/pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("/problems/unreadable-document", problem["type"]!.GetValue<string>());
        Assert.Equal(["corrupt-document"], Codes(problem));
    }

    [Fact]
    public async Task A_word_file_that_is_not_a_zip_is_unreadable()
    {
        var (status, problem, _) = await PostAsync(Encoding.UTF8.GetBytes("PK\u0003\u0004 not really a zip"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["corrupt-document"], Codes(problem));
    }

    public static TheoryData<string, string, string> HostileDocuments() => new()
    {
        { "encrypted PDF", "application/pdf", "encrypted-document" },
        { "scanned PDF", "application/pdf", "no-text-layer" },
        { "PDF compression bomb", "application/pdf", "document-too-large" },
        { "zip bomb named .docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document-too-large" },
    };

    [Theory]
    [MemberData(nameof(HostileDocuments))]
    public async Task A_hostile_document_is_refused_with_its_reason(string what, string mediaType, string code)
    {
        var body = what switch
        {
            "encrypted PDF" => Documents.TestPdfs.Encrypted(),
            "scanned PDF" => Documents.TestPdfs.WithoutText(pages: 3),
            "PDF compression bomb" => Documents.TestPdfs.FlateBomb(megabytes: 200),
            _ => Documents.TestDocx.Bomb(megabytes: 200),
        };
        var (status, problem, _) = await PostAsync(body, mediaType);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("/problems/unreadable-document", problem["type"]!.GetValue<string>());
        Assert.Equal([code], Codes(problem));
        if (code == "no-text-layer")
            Assert.Contains("no text layer; OCR is not supported", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_of_a_thousand_tables_is_refused_not_read()
    {
        var page = new StringBuilder("<html><body>");
        for (var i = 0; i < 1000; i++) page.Append("<table><tr><td>规章</td><td>0</td></tr></table>");
        var (status, problem, _) = await PostAsync(Encoding.UTF8.GetBytes(page.Append("</body></html>").ToString()), "text/html");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["too-many-tables"], Codes(problem));
    }

    [Fact]
    public async Task A_twenty_megabyte_upload_is_refused_before_it_is_read_whole()
    {
        var (status, problem, response) = await PostAsync(new byte[20 * 1024 * 1024], "application/pdf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("/problems/payload-too-large", problem["type"]!.GetValue<string>());
        Assert.True(response.Headers.ConnectionClose);
    }

    [Fact]
    public async Task A_township_name_that_matches_nothing_under_the_area_lists_no_candidates_and_one_that_repeats_lists_them()
    {
        var seed = Samples.Bytes("shangtun-2020.txt");
        var (status, problem, _) = await PostAsync(seed, "text/plain", "area=4101");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("/problems/unidentified-report", problem["type"]!.GetValue<string>());
        Assert.Equal("townshipCode", problem["errors"]![0]!["parameter"]!.GetValue<string>());
        Assert.Null(problem["errors"]![0]!["candidates"]);

        var text = Encoding.UTF8.GetString(seed).Replace("上屯镇人民政府2020年", "城关镇人民政府2020年", StringComparison.Ordinal);
        var (ambiguous, candidates, _) = await PostAsync(Encoding.UTF8.GetBytes(text), "text/plain", "area=41");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ambiguous);
        Assert.True(candidates["errors"]![0]!["candidates"]!.AsArray().Count > 1);
        Assert.All(candidates["errors"]![0]!["candidates"]!.AsArray(), c => Assert.Matches("^41[0-9]{7} 城关镇, ", c!.GetValue<string>()));
    }

    [Fact]
    public async Task Bad_parameters_are_named_all_at_once()
    {
        var (status, problem, _) = await PostAsync(Samples.Bytes("shangtun-2020.txt"), "text/plain",
            "townshipCode=4113&year=twenty&store=maybe&acknowledgedRules=A2,Z9&area=1");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["acknowledgedRules", "area", "store", "townshipCode", "year"],
            problem["errors"]!.AsArray().Select(e => e!["parameter"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_a_key_nothing_is_read()
    {
        using var content = new ByteArrayContent(Samples.Bytes("shangtun-2020.txt"));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var response = await _service.CreateClient().PostAsync(Routes.Imports(area: "411328"), content);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Mutated_documents_never_make_a_server_error()
    {
        var random = new Random(20261202);
        (string Path, string Type)[] samples =
        [
            ("published/hongze-2024.pdf", "application/pdf"),
            ("published/pingtan-2024.html", "text/html"),
            ("shangtun-2020.txt", "text/plain"),
        ];
        var client = _service.CreateAdminClient();
        foreach (var (path, type) in samples)
        {
            var original = Samples.Bytes(path);
            for (var i = 0; i < 12; i++)
            {
                var bytes = (byte[])original.Clone();
                var flips = 1 + random.Next(64);
                for (var f = 0; f < flips; f++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                if (i % 4 == 3) bytes = bytes[..random.Next(bytes.Length)];
                using var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = new MediaTypeHeaderValue(type);
                using var response = await client.PostAsync(Routes.Imports(townshipCode: "411328110", year: 2020), content);
                Assert.True((int)response.StatusCode < 500, $"{path} mutation {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }
}
