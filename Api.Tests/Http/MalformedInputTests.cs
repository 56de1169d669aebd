using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

/// <summary>Each class of malformed input gets a 400 problem pointing at the offending member, and nothing is stored.</summary>
public sealed class MalformedInputTests : IDisposable
{
    private readonly ServiceFactory _service = new();
    private readonly HttpClient _admin;

    public MalformedInputTests() => _admin = _service.CreateAdminClient();

    public void Dispose() => _service.Dispose();

    private async Task<List<(string Pointer, string Code)>> RefusedAsync(string json)
    {
        var response = await _admin.PostAsync(Routes.Reports(), ServiceFactory.Json(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("/problems/malformed-report", (string?)body["type"]);
        Assert.Equal(400, (int?)body["status"]);
        var list = await _admin.GetAsync(Routes.Reports());
        Assert.Equal(0, (int?)JsonNode.Parse(await list.Content.ReadAsStringAsync())!["total"]);
        return body["errors"]!.AsArray().Select(e => ((string)e!["pointer"]!, (string)e["code"]!)).ToList();
    }

    private static string Mutated(Action<JsonObject> mutate)
    {
        var report = Samples.Node("shangtun-2020.json");
        mutate(report);
        return report.ToJsonString();
    }

    private static JsonObject Applications(JsonObject report) => report["applications"]!.AsObject();

    [Fact]
    public async Task An_unknown_member_is_refused_not_dropped() =>
        Assert.Contains(("/applications/newlyRecieved", "unknown-member"),
            await RefusedAsync(Samples.Text("shangtun-2020.json").Replace("\"newlyReceived\"", "\"newlyRecieved\"")));

    [Fact]
    public async Task A_duplicated_member_is_refused() =>
        Assert.Contains(("/year", "duplicate-member"),
            await RefusedAsync(Samples.Text("shangtun-2020.json").Replace("\"year\": 2020,", "\"year\": 2020, \"year\": 2021,")));

    [Fact]
    public async Task The_other_formats_shape_is_refused() =>
        Assert.Contains(("/proactiveDisclosure/regulations/issued", "other-format-member"),
            await RefusedAsync(Mutated(r => r["proactiveDisclosure"]!["regulations"]!.AsObject().Add("issued", 0))));

    [Fact]
    public async Task A_negative_count_is_refused() =>
        Assert.Contains(("/applications/results/withheld/stateSecret/naturalPerson", "negative-count"),
            await RefusedAsync(Mutated(r => Applications(r)["results"]!["withheld"]!["stateSecret"]!["naturalPerson"] = -1)));

    [Fact]
    public async Task Too_many_decimals_are_refused_not_rounded() =>
        Assert.Contains(("/proactiveDisclosure/procurement/amountWan", "too-many-decimals"),
            await RefusedAsync(Samples.Text("shangtun-2020.json").Replace("\"amountWan\": 0", "\"amountWan\": 1.1234567")));

    [Fact]
    public async Task A_number_out_of_range_is_refused() =>
        Assert.Contains(("/reviewLitigation/review/upheld", "out-of-range"),
            await RefusedAsync(Mutated(r => r["reviewLitigation"]!["review"]!["upheld"] = JsonValue.Create(99999999999999999999m))));

    [Fact]
    public async Task A_string_where_a_number_belongs_is_refused() =>
        Assert.Contains(("/applications/carriedOver/naturalPerson", "wrong-type"),
            await RefusedAsync(Mutated(r => Applications(r)["carriedOver"]!["naturalPerson"] = "0")));

    [Fact]
    public async Task A_missing_row_is_refused() =>
        Assert.Contains(("/applications/carriedForward", "missing-member"),
            await RefusedAsync(Mutated(r => Applications(r).Remove("carriedForward"))));

    [Fact]
    public async Task Truncated_json_is_refused()
    {
        var errors = await RefusedAsync(Samples.Text("shangtun-2020.json")[..400]);
        Assert.Contains(errors, e => e.Code == "invalid-json");
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once()
    {
        var errors = await RefusedAsync(Mutated(r =>
        {
            Applications(r)["carriedOver"]!["naturalPerson"] = -3;
            r["reviewLitigation"]!["review"]!["pending"] = 1.5;
            r["acknowledgedRules"] = new JsonArray("Z9");
        }));

        Assert.Contains(("/applications/carriedOver/naturalPerson", "negative-count"), errors);
        Assert.Contains(("/reviewLitigation/review/pending", "not-a-whole-number"), errors);
        Assert.Contains(("/acknowledgedRules/0", "invalid-value"), errors);
    }
}
