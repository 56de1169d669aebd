using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Persistence.Tests;
using Xunit.Abstractions;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>
/// Hundreds of malformed and mutated reports: every one is refused with a problem naming what is wrong, or, where the
/// mutation happens to leave a valid report, stored so that it reads back and checks again as valid. Never a 5xx.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Fixed, so that every run sends the same cases; HOSTILE_SEED=n explores others.</summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("HOSTILE_SEED"), out var seed) ? seed : 20_200_131;
    private const int Cases = 400;

    private readonly ServiceFactory _service = new();
    private readonly Dictionary<string, int> _statuses = [];

    private HttpClient Admin => _adminClient ??= _service.CreateAdminClient();
    private HttpClient? _adminClient;

    public void Dispose() => _service.Dispose();

    [Fact]
    public void The_generator_makes_the_same_cases_for_the_same_seed()
    {
        var first = HostileInputs.Generate(Seed, Cases);
        var second = HostileInputs.Generate(Seed, Cases);

        Assert.Equal(Cases, first.Count);
        Assert.Equal(first.Select(c => c.Name), second.Select(c => c.Name));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Body, pair.Second.Body));
    }

    [Fact]
    public async Task Hostile_reports_are_refused_with_problems_or_stored_valid_and_never_fail_the_service()
    {
        var failures = new List<string>();
        var cases = HostileInputs.Generate(Seed, Cases);
        var accepted = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            accepted += await WriteAsync(c, HttpMethod.Post, Routes.Reports(), failures);
            if (i % 4 == 0) accepted += await WriteAsync(c, HttpMethod.Put, c.Address, failures);
            if (i % 4 == 1) await ValidateAsync(c, failures);
        }

        output.WriteLine($"{cases.Count} cases; answers: {string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}"))}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases failed:\n" + string.Join("\n", failures));
        Assert.InRange(accepted, 1, Cases);

        Assert.Equal(HttpStatusCode.OK, (await Admin.GetAsync("/health")).StatusCode);
        await AssertEveryStoredReportIsValidAsync();
        SqliteFiles.AssertIntact(_service.DatabasePath);
    }

    [Theory]
    [InlineData("[", 10_000)]
    [InlineData("{\"a\":", 10_000)]
    [InlineData("[", 200_000)]
    public async Task Deep_nesting_is_invalid_json_not_a_stack_overflow(string open, int depth)
    {
        var close = open == "[" ? "]" : "}";
        var json = string.Concat(Enumerable.Repeat(open, depth)) + "0" + string.Concat(Enumerable.Repeat(close, depth));

        var response = await Admin.PostAsync(Routes.Reports(), ServiceFactory.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray());
        Assert.Equal("invalid-json", (string?)error!["code"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("2020")]
    [InlineData("\"report\"")]
    [InlineData("null")]
    public async Task A_body_that_is_not_an_object_gets_400_with_an_error_on_the_whole_body(string json)
    {
        var response = await Admin.PostAsync(Routes.Reports(), ServiceFactory.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray());
        Assert.Equal("", (string?)error!["pointer"]);
        Assert.Contains((string?)error["code"], new[] { "invalid-json", "wrong-type" });
    }

    [Theory]
    [InlineData("latin1")]
    [InlineData("ISO-8859-1")]
    [InlineData("utf-16")]
    [InlineData("\"windows-1252\"")]
    public async Task A_body_declaring_a_charset_other_than_UTF_8_is_refused_with_415_naming_it(string charset)
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Samples.Text("shangtun-2020.json")));
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        foreach (var url in new[] { Routes.Reports(), Routes.ValidateReport })
        {
            var response = await Admin.PostAsync(url, content);

            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("/problems/unsupported-media-type", (string?)problem["type"]);
            Assert.Equal($"The body declares charset={charset.Trim('"')}; send it in UTF-8 (charset=utf-8, or no charset).", (string?)problem["detail"]);
        }
        Assert.Equal(0, (int)JsonNode.Parse(await Admin.GetStringAsync(Routes.Reports()))!["total"]!);
    }

    [Fact]
    public async Task A_gzipped_body_is_refused_with_415_not_read_as_JSON()
    {
        var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(Samples.Text("shangtun-2020.json")));
        var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add("gzip");

        var response = await Admin.PostAsync(Routes.Reports(), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("/problems/unsupported-media-type", (string?)problem["type"]);
        Assert.Equal("The body is sent with Content-Encoding: gzip; send it unencoded.", (string?)problem["detail"]);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("UTF-8")]
    [InlineData("\"utf-8\"")]
    public async Task A_body_declaring_UTF_8_in_any_case_is_read(string charset)
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Samples.Text("shangtun-2020.json")));
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        Assert.Equal(HttpStatusCode.Created, (await Admin.PostAsync(Routes.Reports(), content)).StatusCode);
    }

    /// <summary>The sample report with 100,000 unknown members "0" … "99999" added at the top: just under 1 MiB.</summary>
    private static string WithUnknownMembers(int count)
    {
        var sample = Samples.Text("shangtun-2020.json").TrimEnd();
        var members = string.Join(",", Enumerable.Range(0, count).Select(i => $"\"{i}\":0"));
        return "{" + members + "," + sample[1..];
    }

    [Fact]
    public async Task A_hundred_thousand_unknown_members_get_a_small_answer_listing_the_first_hundred_and_counting_them_all()
    {
        var body = WithUnknownMembers(100_000);
        Assert.InRange(body.Length, 900_000, 1_048_576);

        var response = await Admin.PostAsync(Routes.Reports(), ServiceFactory.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.InRange(answer.Length, 1, 16 * 1024);
        var problem = JsonNode.Parse(answer)!;
        Assert.Equal("/problems/malformed-report", (string?)problem["type"]);
        Assert.Equal(100_000, (int?)problem["errorCount"]);
        Assert.Equal("100000 problems were found; the first 100 are listed.", (string?)problem["detail"]);
        var errors = problem["errors"]!.AsArray();
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"/{i}"), errors.Select(e => (string)e!["pointer"]!));
        Assert.All(errors, e => Assert.Equal("unknown-member", (string?)e!["code"]));

        var verdict = JsonNode.Parse(await (await Admin.PostAsync(Routes.ValidateReport, ServiceFactory.Json(body))).Content.ReadAsStringAsync())!;
        Assert.False((bool)verdict["valid"]!);
        Assert.Equal(100_000, (int?)verdict["errorCount"]);
        Assert.Equal(100, verdict["errors"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_hundred_problems_are_all_listed_with_no_count()
    {
        var response = await Admin.PostAsync(Routes.Reports(), ServiceFactory.Json(WithUnknownMembers(100)));

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("100 problems were found.", (string?)problem["detail"]);
        Assert.Equal(100, problem["errors"]!.AsArray().Count);
        Assert.Null(problem["errorCount"]);
    }

    private static string WithKeyDomains(int count)
    {
        var report = Samples.Node("shangtun-2020.json");
        report["publications"]!["keyDomains"] = new JsonArray(Enumerable.Range(0, count)
            .Select(i => (JsonNode)new JsonObject { ["domain"] = "other", ["items"] = 1, ["label"] = $"{i}" }).ToArray());
        return report.ToJsonString();
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(101)]
    public async Task More_than_a_hundred_key_domains_are_refused_at_the_array(int count)
    {
        var response = await Admin.PostAsync(Routes.Reports(), ServiceFactory.Json(WithKeyDomains(count)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal("/publications/keyDomains", (string?)error["pointer"]);
        Assert.Equal("too-many-items", (string?)error["code"]);
        Assert.Equal($"The array has {count} entries; at most 100 are allowed.", (string?)error["detail"]);
        Assert.Equal(0, (int)JsonNode.Parse(await Admin.GetStringAsync(Routes.Reports()))!["total"]!);
    }

    [Fact]
    public async Task A_hundred_key_domains_are_stored()
    {
        var response = await Admin.PostAsync(Routes.Reports(), ServiceFactory.Json(WithKeyDomains(100)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(100, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["report"]!["publications"]!["keyDomains"]!.AsArray().Count);
    }

    [Fact]
    public async Task More_than_twenty_acknowledged_rules_are_refused_at_the_array()
    {
        var report = Samples.Node("shangtun-2020.json");
        report["acknowledgedRules"] = new JsonArray(Enumerable.Repeat("A1", 21).Select(r => (JsonNode)r).ToArray());

        var response = await Admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal("/acknowledgedRules", (string?)error["pointer"]);
        Assert.Equal("too-many-items", (string?)error["code"]);
    }

    [Fact]
    public async Task A_long_unknown_value_is_quoted_by_its_start_and_length_not_echoed_whole()
    {
        var report = Samples.Node("shangtun-2020.json");
        report["format"] = new string('x', 500_000);

        var response = await Admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.InRange(answer.Length, 1, 4 * 1024);
        var error = Assert.Single(JsonNode.Parse(answer)!["errors"]!.AsArray())!;
        Assert.StartsWith($"'{new string('x', 100)}… (500000 characters)' is not a format", (string?)error["detail"]);
    }

    /// <summary>Sends one case as a write; returns 1 when it was stored, after checking that it reads back valid.</summary>
    private async Task<int> WriteAsync(HostileCase c, HttpMethod method, string url, List<string> failures)
    {
        var what = $"{method} {c.Name}";
        var (status, body, mediaType, location) = await SendAsync(method, url, c.Body);
        if (status is null)
        {
            failures.Add($"{what}: the request failed: {body}");
            return 0;
        }
        if (status is 200 or 201)
        {
            if (c.MustBeRefused)
                failures.Add($"{what}: {status}, but this body can only be refused");
            var stored = await ReadBackAsync(location, body, what, failures);
            return stored ? 1 : 0;
        }

        if (status is not (400 or 413 or 422))
            failures.Add($"{what}: {status}, expected 400, 413 or 422: {Shorten(body)}");
        if (mediaType != "application/problem+json")
            failures.Add($"{what}: {status} as {mediaType}, not application/problem+json");
        else if (status is 400 or 422 && JsonNode.Parse(body!)?["errors"] is not JsonArray { Count: > 0 })
            failures.Add($"{what}: {status} without errors: {Shorten(body)}");
        return 0;
    }

    private async Task ValidateAsync(HostileCase c, List<string> failures)
    {
        var what = $"validate {c.Name}";
        var (status, body, _, _) = await SendAsync(HttpMethod.Post, Routes.ValidateReport, c.Body);
        if (status == 413) return;
        if (status != 200)
        {
            failures.Add($"{what}: {status?.ToString() ?? "no answer"}, expected 200: {Shorten(body)}");
            return;
        }
        var verdict = JsonNode.Parse(body!)!;
        var valid = (bool)verdict["valid"]!;
        var errors = verdict["errors"]!.AsArray();
        if (valid && c.MustBeRefused) failures.Add($"{what}: valid, but this body can only be refused");
        if (!valid && errors.Count == 0) failures.Add($"{what}: not valid, with no errors");
        if (valid && errors.Count > 0) failures.Add($"{what}: valid, with errors");
    }

    /// <summary>A stored report must read back as it was answered, and check again as valid.</summary>
    private async Task<bool> ReadBackAsync(string? location, string? answer, string what, List<string> failures)
    {
        var read = await Admin.GetAsync(location);
        if (read.StatusCode != HttpStatusCode.OK)
        {
            failures.Add($"{what}: stored, but GET {location} answers {(int)read.StatusCode}");
            return false;
        }
        var current = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        if (!JsonNode.DeepEquals(JsonNode.Parse(answer!)!["report"], current["report"]))
            failures.Add($"{what}: the stored report differs from the one answered");
        await AssertValidAgainAsync(current["report"]!, what, failures);
        return true;
    }

    private async Task AssertValidAgainAsync(JsonNode report, string what, List<string> failures)
    {
        var verdict = JsonNode.Parse(await (await Admin.PostAsync(Routes.ValidateReport, ServiceFactory.Json(report.ToJsonString())))
            .Content.ReadAsStringAsync())!;
        if (!(bool)verdict["valid"]!)
            failures.Add($"{what}: the stored report does not validate: {verdict["errors"]!.ToJsonString()}");
    }

    private async Task AssertEveryStoredReportIsValidAsync()
    {
        var failures = new List<string>();
        var list = JsonNode.Parse(await Admin.GetStringAsync(Routes.Reports(limit: 1000)))!;
        var items = list["reports"]!.AsArray();
        Assert.Equal((int)list["total"]!, items.Count);
        foreach (var item in items)
        {
            var address = SubmissionPath((string)item!["townshipCode"]!, (int)item["year"]!);
            var read = await Admin.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            var current = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
            Assert.Equal((int)item["revision"]!, (int)current["revision"]!);
            await AssertValidAgainAsync(current["report"]!, address, failures);

            var revisions = JsonNode.Parse(await Admin.GetStringAsync(address + "/revisions"))!["revisions"]!.AsArray();
            Assert.Equal(Enumerable.Range(1, (int)item["revision"]!), revisions.Select(r => (int)r!["revision"]!));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string SubmissionPath(string code, int year) => Routes.Report(code, year);

    private async Task<(int? Status, string? Body, string? MediaType, string? Location)> SendAsync(HttpMethod method, string url, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            using var response = await Admin.SendAsync(new HttpRequestMessage(method, url) { Content = content });
            var key = $"{(url.EndsWith("/validate", StringComparison.Ordinal) ? "validate" : method.Method)} {(int)response.StatusCode}";
            _statuses[key] = _statuses.GetValueOrDefault(key) + 1;
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(),
                response.Content.Headers.ContentType?.MediaType, response.Headers.Location?.OriginalString);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException)
        {
            return (null, e.ToString(), null, null);
        }
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 400 ? text : text[..400] + "…";
}
