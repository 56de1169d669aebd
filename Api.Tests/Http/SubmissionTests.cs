using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

public sealed class SubmissionTests : IDisposable
{
    private readonly ServiceFactory _service = new();
    private readonly HttpClient _admin;

    public SubmissionTests() => _admin = _service.CreateAdminClient();

    public void Dispose() => _service.Dispose();

    private Task<HttpResponseMessage> PostAsync(string json) => _admin.PostAsync(Routes.Reports(), ServiceFactory.Json(json));

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    [Fact]
    public async Task The_sample_is_stored_and_read_back_exactly()
    {
        var created = await PostAsync(Samples.Text("shangtun-2020.json"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/townships/411328110/reports/2020", created.Headers.Location!.OriginalString);
        Assert.NotNull(created.Headers.ETag);

        var read = await _admin.GetAsync(Routes.Report("411328110", 2020));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(created.Headers.ETag, read.Headers.ETag);
        var body = await BodyAsync(read);
        Assert.Equal("411328110", (string?)body["townshipCode"]);
        Assert.Equal("上屯镇", (string?)body["townshipName"]);
        Assert.Equal("411328", (string?)body["countyCode"]);
        Assert.Equal(2020, (int?)body["year"]);
        Assert.Equal("2019", (string?)body["format"]);
        Assert.Equal(1, (int?)body["revision"]);
        Assert.False((bool)body["flagged"]!);
        Assert.Empty(body["violations"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Samples.Text("shangtun-2020.json")), body["report"]),
            $"Read back differs from the sample:\n{body["report"]}");
    }

    [Fact]
    public async Task A_2021_format_report_is_stored_and_read_back_exactly()
    {
        var json = Samples.Text("township-2021.json");
        var created = await PostAsync(json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var sample = JsonNode.Parse(json)!.AsObject();
        var read = await BodyAsync(await _admin.GetAsync(created.Headers.Location));
        Assert.Equal("2021", (string?)read["format"]);
        Assert.True(JsonNode.DeepEquals(sample, read["report"]), $"Read back differs from the sample:\n{read["report"]}");
    }

    [Fact]
    public async Task Identical_resubmission_changes_nothing()
    {
        var first = await PostAsync(Samples.Text("shangtun-2020.json"));
        var again = await PostAsync(Samples.Text("shangtun-2020.json"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal(1, (int?)(await BodyAsync(again))["revision"]);

        var revisions = await BodyAsync(await _admin.GetAsync(Routes.Revisions("411328110", 2020)));
        var only = Assert.Single(revisions["revisions"]!.AsArray());
        Assert.Equal(1, (int?)only!["revision"]);
        Assert.Equal("admin", (string?)only["submittedBy"]);
        Assert.False((bool)only["flagged"]!);
    }

    [Fact]
    public async Task A_body_sent_without_a_length_is_read_as_one_sent_with_it()
    {
        // Without Content-Length the body is read into a growing buffer; with it, into one of exactly its size.
        var json = Samples.Text("shangtun-2020.json");
        var unsized = new UnsizedContent(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Null(unsized.Headers.ContentLength);

        var first = await _admin.PostAsync(Routes.Reports(), unsized);
        var sized = await PostAsync(json);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sized.StatusCode);
        Assert.Equal(first.Headers.ETag, sized.Headers.ETag);
        var read = await BodyAsync(await _admin.GetAsync(Routes.Report("411328110", 2020)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), read["report"]), $"Read back differs from the sample:\n{read["report"]}");
    }

    [Fact]
    public async Task A_changed_report_becomes_revision_2_and_revision_1_is_kept()
    {
        await PostAsync(Samples.Text("shangtun-2020.json"));
        var changed = Samples.Node("shangtun-2020.json");
        changed["publications"]!["policyInterpretations"] = 27;

        var revised = await PostAsync(changed.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(2, (int?)(await BodyAsync(revised))["revision"]);
        var current = await BodyAsync(await _admin.GetAsync(Routes.Report("411328110", 2020)));
        Assert.Equal(27, (int?)current["report"]!["publications"]!["policyInterpretations"]);
        var first = await BodyAsync(await _admin.GetAsync(Routes.Report("411328110", 2020, revision: 1)));
        Assert.Equal(1, (int?)first["revision"]);
        Assert.Equal(26, (int?)first["report"]!["publications"]!["policyInterpretations"]);
        var revisions = await BodyAsync(await _admin.GetAsync(Routes.Revisions("411328110", 2020)));
        Assert.Equal([1, 2], revisions["revisions"]!.AsArray().Select(r => (int)r!["revision"]!));
    }

    [Fact]
    public async Task Put_with_a_stale_If_Match_gets_412_and_with_the_current_one_succeeds()
    {
        var url = Routes.Report("411328110", 2020);
        var created = await _admin.PutAsync(url, ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var firstTag = created.Headers.ETag!.ToString();

        var changed = Samples.Node("shangtun-2020.json");
        changed["publications"]!["policyInterpretations"] = 30;
        var second = new HttpRequestMessage(HttpMethod.Put, url) { Content = ServiceFactory.Json(changed.ToJsonString()) };
        second.Headers.TryAddWithoutValidation("If-Match", firstTag);
        var revised = await _admin.SendAsync(second);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.NotEqual(firstTag, revised.Headers.ETag!.ToString());

        changed["publications"]!["policyInterpretations"] = 31;
        var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = ServiceFactory.Json(changed.ToJsonString()) };
        stale.Headers.TryAddWithoutValidation("If-Match", firstTag);
        var refused = await _admin.SendAsync(stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(30, (int?)(await BodyAsync(await _admin.GetAsync(url)))["report"]!["publications"]!["policyInterpretations"]);
    }

    [Fact]
    public async Task Put_whose_body_names_another_report_than_its_path_gets_400()
    {
        var response = await _admin.PutAsync(Routes.Report("411328101", 2021), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await BodyAsync(response))["errors"]!.AsArray();
        Assert.Equal(["/townshipCode", "/year"], errors.Select(e => (string)e!["pointer"]!));
        Assert.All(errors, e => Assert.Equal("does-not-match-path", (string?)e!["code"]));
    }

    [Fact]
    public async Task A_dry_run_stores_nothing()
    {
        var response = await _admin.PostAsync(Routes.ValidateReport, ServiceFactory.Json(Samples.Text("shangtun-2020.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.True((bool)body["valid"]!);
        Assert.Empty(body["errors"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync(Routes.Report("411328110", 2020))).StatusCode);
        var list = await BodyAsync(await _admin.GetAsync(Routes.Reports()));
        Assert.Equal(0, (int?)list["total"]);
    }

    [Fact]
    public async Task A_dry_run_reports_malformed_members_as_errors()
    {
        var json = Samples.Text("shangtun-2020.json").Replace("\"newlyReceived\"", "\"newlyRecieved\"");
        var body = await BodyAsync(await _admin.PostAsync(Routes.ValidateReport, ServiceFactory.Json(json)));

        Assert.False((bool)body["valid"]!);
        var codes = body["errors"]!.AsArray().Select(e => ((string)e!["pointer"]!, (string)e["code"]!)).ToList();
        Assert.Contains(("/applications/newlyRecieved", "unknown-member"), codes);
        Assert.Contains(("/applications/newlyReceived", "missing-member"), codes);
    }

    [Theory]
    [InlineData("411328999", "/townshipCode", "unknown-township")]
    [InlineData("110101001", null, null)]
    public async Task Unknown_townships_get_422(string code, string? pointer, string? errorCode)
    {
        var report = Samples.Node("shangtun-2020.json");
        report["townshipCode"] = code;

        var response = await PostAsync(report.ToJsonString());

        if (pointer is null)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return;
        }
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var error = Assert.Single((await BodyAsync(response))["errors"]!.AsArray());
        Assert.Equal(pointer, (string?)error!["pointer"]);
        Assert.Equal(errorCode, (string?)error["code"]);
    }

    [Theory]
    [InlineData(2007)]
    [InlineData(1999)]
    [InlineData(3000)]
    public async Task Impossible_years_get_422(int year)
    {
        var report = Samples.Node("shangtun-2020.json");
        report["year"] = year;

        var response = await PostAsync(report.ToJsonString());

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var error = Assert.Single((await BodyAsync(response))["errors"]!.AsArray());
        Assert.Equal("/year", (string?)error!["pointer"]);
        Assert.Equal("year-out-of-range", (string?)error["code"]);
    }

    [Fact]
    public async Task Next_year_is_impossible_too()
    {
        var report = Samples.Node("shangtun-2020.json");
        report["year"] = DateTime.UtcNow.Year + 1;

        var response = await PostAsync(report.ToJsonString());

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
    }

    [Fact]
    public async Task Writes_without_a_key_or_with_an_unknown_key_get_401()
    {
        var anonymous = _service.CreateClient();
        var missing = await anonymous.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        Assert.Equal("/problems/unauthorized", (string?)(await BodyAsync(missing))["type"]);

        anonymous.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key");
        var unknown = await anonymous.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);

        var put = await anonymous.PutAsync(Routes.Report("411328110", 2020), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
        var validate = await anonymous.PostAsync(Routes.ValidateReport, ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        Assert.Equal(HttpStatusCode.Unauthorized, validate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(Routes.Report("411328110", 2020))).StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        var response = await _admin.PostAsync(Routes.Reports(), new StringContent(Samples.Text("shangtun-2020.json")));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Reading_a_revision_that_does_not_exist_gets_404_and_a_bad_year_400()
    {
        await PostAsync(Samples.Text("shangtun-2020.json"));

        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync(Routes.Report("411328110", 2020, revision: 2))).StatusCode);
        var bad = await _admin.GetAsync("/api/v1/townships/411328110/reports/twenty");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var error = Assert.Single((await BodyAsync(bad))["errors"]!.AsArray());
        Assert.Equal("year", (string?)error!["parameter"]);
    }

    [Fact]
    public async Task An_unchanged_report_answers_304_to_its_ETag()
    {
        var created = await PostAsync(Samples.Text("shangtun-2020.json"));
        var request = new HttpRequestMessage(HttpMethod.Get, Routes.Report("411328110", 2020));
        request.Headers.IfNoneMatch.Add(created.Headers.ETag!);

        var response = await _admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Current_reports_are_listed_by_area_year_and_flag()
    {
        await PostAsync(Samples.Text("shangtun-2020.json"));
        var other = Samples.Node("shangtun-2020.json");
        other["townshipCode"] = "411328101";
        await PostAsync(other.ToJsonString());
        var elsewhere = Samples.Node("shangtun-2020.json");
        elsewhere["townshipCode"] = "110101001";
        await PostAsync(elsewhere.ToJsonString());

        var county = await BodyAsync(await _admin.GetAsync(Routes.Reports(area: "411328", year: 2020, limit: 1)));
        Assert.Equal(2, (int?)county["total"]);
        var item = Assert.Single(county["reports"]!.AsArray());
        Assert.Equal("411328101", (string?)item!["townshipCode"]);
        Assert.Equal("/api/v1/reports?area=411328&year=2020&limit=1&after=411328101-2020", (string?)county["next"]);
        var page2 = await BodyAsync(await _admin.GetAsync((string)county["next"]!));
        Assert.Equal("411328110", (string?)page2["reports"]![0]!["townshipCode"]);
        Assert.Equal("上屯镇", (string?)page2["reports"]![0]!["townshipName"]);
        Assert.Null(page2["next"]);
        var flagged = await BodyAsync(await _admin.GetAsync(Routes.Reports(flagged: true)));
        Assert.Equal(0, (int?)flagged["total"]);
        var all = await BodyAsync(await _admin.GetAsync(Routes.Reports()));
        Assert.Equal(3, (int?)all["total"]);

        var bad = await _admin.GetAsync("/api/v1/reports?area=41x&limit=5000&after=411328101");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var parameters = (await BodyAsync(bad))["errors"]!.AsArray().Select(e => (string)e!["parameter"]!).Order().ToList();
        Assert.Equal(["after", "area", "limit"], parameters);

        // The page numbers it took before are refused by name, never ignored.
        var oldPaging = await _admin.GetAsync("/api/v1/reports?page=2&pageSize=1");
        Assert.Equal(HttpStatusCode.BadRequest, oldPaging.StatusCode);
        Assert.Equal("application/problem+json", oldPaging.Content.Headers.ContentType!.MediaType);
        var errors = (await BodyAsync(oldPaging))["errors"]!.AsArray();
        Assert.Equal([("page", "replaced-parameter"), ("pageSize", "replaced-parameter")], errors.Select(e => ((string)e!["parameter"]!, (string)e["code"]!)));
    }

    /// <summary>JSON whose length is not known before it is sent (as a streamed or chunked body).</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnsizedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
