using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http.Reviews;

/// <summary>The requests the review tests make, over real HTTP to a service on its own database.</summary>
public sealed class ReviewClient : IDisposable
{
    public const string Shangtun = "411328110";
    public static readonly string ReportUrl = Routes.Report(Shangtun, 2020);
    public static readonly string ReviewsUrl = Routes.Reviews(Shangtun, 2020);
    public static readonly string ExplanationsUrl = Routes.Explanations(Shangtun, 2020);

    /// <summary>The warning a township's 规章 raise, where it is.</summary>
    public const string RegulationsPointer = "/proactiveDisclosure/regulations/newlyMade";

    public ServiceFactory Service { get; } = new();
    public HttpClient Admin { get; }
    public HttpClient Anonymous { get; }

    public ReviewClient()
    {
        Admin = Service.CreateAdminClient();
        Anonymous = Service.CreateClient();
    }

    public void Dispose() => Service.Dispose();

    /// <summary>A client with a new key of <paramref name="township"/>, and the key's id.</summary>
    public async Task<(HttpClient Client, string KeyId)> TownshipAsync(string township = Shangtun)
    {
        var issued = await BodyAsync(await Admin.PostAsync(Routes.Keys(township), null));
        var client = Service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)issued["key"]!);
        return (client, (string)issued["id"]!);
    }

    /// <summary>上屯镇's 2020 report, with <paramref name="policyInterpretations"/> and, when <paramref name="regulations"/> &gt; 0, a warning.</summary>
    public static JsonObject Sample(long policyInterpretations = 26, long regulations = 0)
    {
        var report = Samples.Node("shangtun-2020.json");
        report["publications"]!["policyInterpretations"] = policyInterpretations;
        report["proactiveDisclosure"]!["regulations"]!["newlyMade"] = regulations;
        return report;
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, JsonObject report) =>
        client.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));

    public static Task<HttpResponseMessage> DecideAsync(HttpClient client, string decision, int revision, string? reason = null, bool? overrides = null)
    {
        var body = new JsonObject { ["decision"] = decision, ["revision"] = revision };
        if (reason is not null) body["reason"] = reason;
        if (overrides is not null) body["override"] = overrides;
        return client.PostAsync(ReviewsUrl, ServiceFactory.Json(body.ToJsonString()));
    }

    public static Task<HttpResponseMessage> ExplainAsync(HttpClient client, string code, string pointer, string text) =>
        client.PostAsync(ExplanationsUrl, ServiceFactory.Json(new JsonObject { ["code"] = code, ["pointer"] = pointer, ["text"] = text }.ToJsonString()));

    public static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public async Task<JsonObject> GetAsync(string path) => await BodyAsync(await Anonymous.GetAsync(path));

    /// <summary>Asserts a problem's status and type, and returns it.</summary>
    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, int status, string type)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(type, (string?)problem["type"]);
        return problem;
    }

    /// <summary>Each error of a problem as (pointer or parameter, code).</summary>
    public static List<(string? Where, string Code)> Errors(JsonObject problem) =>
        [.. problem["errors"]!.AsArray().Select(e => ((string?)e!["pointer"] ?? (string?)e["parameter"], (string)e["code"]!))];
}
