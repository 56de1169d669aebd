using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

/// <summary>Each identity, broken, is refused naming it; acknowledged, the report is stored flagged with its violations.</summary>
public sealed class IdentityTests : IDisposable
{
    private readonly ServiceFactory _service = new();
    private readonly HttpClient _admin;

    public IdentityTests() => _admin = _service.CreateAdminClient();

    public void Dispose() => _service.Dispose();

    /// <summary>
    /// One county's real 2020 report printed （七）总计 = 20 while its outcome rows add up to 26.
    /// Here: 26 applications from natural persons, 20 disclosed and 6 partially disclosed, but 总计 printed as 20.
    /// </summary>
    private static JsonObject PrintedTotalDisagreesWithRows()
    {
        var report = Samples.Node("shangtun-2020.json");
        var applications = report["applications"]!;
        SetNaturalPerson(applications["newlyReceived"]!, 26);
        SetNaturalPerson(applications["results"]!["disclosed"]!, 20);
        SetNaturalPerson(applications["results"]!["partiallyDisclosed"]!, 6);
        SetNaturalPerson(applications["results"]!["total"]!, 20);
        SetNaturalPerson(applications["carriedForward"]!, 6);
        return report;
    }

    private static void SetNaturalPerson(JsonNode row, long value)
    {
        row["naturalPerson"] = value;
        row["total"] = value;
    }

    private static (string Rule, string Pointer, long Expected, long Actual) Violation(JsonNode e) =>
        ((string)e["rule"]!, (string)e["pointer"]!, (long)e["expected"]!, (long)e["actual"]!);

    [Fact]
    public async Task A_printed_total_that_disagrees_with_its_rows_is_refused_naming_A2()
    {
        var response = await _admin.PostAsync(Routes.Reports(), ServiceFactory.Json(PrintedTotalDisagreesWithRows().ToJsonString()));

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("/problems/unprocessable-report", (string?)body["type"]);
        var errors = body["errors"]!.AsArray().Select(e => Violation(e!)).ToList();
        Assert.Contains(("A2", "/applications/results/total/naturalPerson", 26L, 20L), errors);
        Assert.Contains(("A2", "/applications/results/total/total", 26L, 20L), errors);
        Assert.All(body["errors"]!.AsArray(), e => Assert.Equal("identity-violated", (string?)e!["code"]));
    }

    [Fact]
    public async Task Acknowledged_A2_is_stored_flagged_with_its_violations()
    {
        var report = PrintedTotalDisagreesWithRows();
        report["acknowledgedRules"] = new JsonArray("A2", "A1");

        var response = await _admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = JsonNode.Parse(await (await _admin.GetAsync(Routes.Report("411328110", 2020))).Content.ReadAsStringAsync())!;
        Assert.True((bool)stored["flagged"]!);
        var violations = stored["violations"]!.AsArray().Select(v => Violation(v!)).ToList();
        Assert.Contains(("A2", "/applications/results/total/naturalPerson", 26L, 20L), violations);
        Assert.Equal(20, (long?)stored["report"]!["applications"]!["results"]!["total"]!["naturalPerson"]);
        var listed = JsonNode.Parse(await (await _admin.GetAsync(Routes.Reports(flagged: true))).Content.ReadAsStringAsync())!;
        Assert.Equal(1, (int?)listed["total"]);
    }

    public static TheoryData<string, string, string, long, long> BrokenIdentities => new()
    {
        // A1: 一 + 二 = （七） + 四; carriedForward printed 1 instead of 0.
        { "A1", "/applications/carriedForward/naturalPerson", "carriedForward", 0, 1 },
        // A3: the row total disagrees with its columns.
        { "A3", "/applications/newlyReceived/total", "newlyReceivedTotal", 0, 5 },
        // R1: a review total disagrees with its outcomes.
        { "R1", "/reviewLitigation/review/total", "reviewTotal", 0, 2 },
    };

    [Theory]
    [MemberData(nameof(BrokenIdentities))]
    public async Task Each_identity_broken_is_refused_naming_it_and_accepted_flagged_when_acknowledged(
        string rule, string pointer, string mutation, long expected, long actual)
    {
        var report = Samples.Node("shangtun-2020.json");
        switch (mutation)
        {
            case "carriedForward":
                report["applications"]!["carriedForward"]!["naturalPerson"] = 1;
                report["applications"]!["carriedForward"]!["total"] = 1;
                break;
            case "newlyReceivedTotal":
                report["applications"]!["newlyReceived"]!["total"] = 5;
                break;
            case "reviewTotal":
                report["reviewLitigation"]!["review"]!["total"] = 2;
                break;
        }

        var refused = await _admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        var errors = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!.AsArray().Select(e => Violation(e!)).ToList();
        Assert.Contains((rule, pointer, expected, actual), errors);

        var rules = errors.Select(e => e.Rule).Distinct().Select(r => (JsonNode)JsonValue.Create(r)!).ToArray();
        report["acknowledgedRules"] = new JsonArray(rules);
        var accepted = await _admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var stored = JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!;
        Assert.True((bool)stored["flagged"]!);
        Assert.Contains((rule, pointer, expected, actual), stored["violations"]!.AsArray().Select(v => Violation(v!)));
    }
}
