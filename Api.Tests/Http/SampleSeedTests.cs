using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Http.Imports;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

/// <summary>Samples:Seed: a development run's database starts with the real sample reports, and only a database that never held one.</summary>
public sealed class SampleSeedTests : IDisposable
{
    private readonly string _folder = TempFolders.New();

    private string DatabasePath => Path.Combine(_folder, "reports.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private ServiceFactory Start(bool seed)
    {
        var service = new ServiceFactory(DatabasePath);
        service.Settings["Samples:Seed"] = seed ? "true" : "false";
        return service;
    }

    [Fact]
    public async Task An_empty_database_gets_the_three_published_samples_exactly_as_published()
    {
        using var service = Start(seed: true);
        var client = service.CreateClient();

        var shangtun = await StoredAsync(client, "411328110", 2020);
        var bidian = await StoredAsync(client, "411328111", 2024);
        var shaobaisi = await StoredAsync(client, "411328112", 2024);

        AssertSameJson(PublishedSampleUploadTests.Canonical(Samples.Bytes("shangtun-2020.json")), shangtun["report"]!);
        AssertSameJson(PublishedSampleUploadTests.Canonical(Samples.Bytes("published/hongze-2024.expected.json"), ActingFor("411328111")), bidian["report"]!);
        AssertSameJson(PublishedSampleUploadTests.Canonical(Samples.Bytes("published/pingtan-2024.expected.json"), ActingFor("411328112")), shaobaisi["report"]!);
        foreach (var key in new[] { "411328110/reports/2020", "411328111/reports/2024", "411328112/reports/2024" })
        {
            var revisions = JsonNode.Parse(await client.GetStringAsync($"/api/v1/townships/{key}/revisions"))!["revisions"]!.AsArray();
            var only = Assert.Single(revisions)!;
            Assert.Equal(1, (int)only["revision"]!);
            Assert.Equal("samples", (string)only["submittedBy"]!);
        }
        var listed = JsonNode.Parse(await client.GetStringAsync(Routes.Reports(limit: 10)))!["reports"]!.AsArray();
        Assert.Equal(["411328110/2020", "411328111/2024", "411328112/2024"], listed.Select(r => $"{r!["townshipCode"]}/{r["year"]}"));
    }

    [Fact]
    public async Task A_database_that_ever_held_a_report_is_never_seeded_again()
    {
        using (var first = Start(seed: true))
        {
            var admin = first.CreateAdminClient();
            var withdrawn = await admin.DeleteAsync(Routes.Withdrawal("411328111", 2024, reason: "wrong township", revision: 1));
            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        }

        using var again = Start(seed: true);
        var client = again.CreateClient();
        var report = await StoredAsync(client, "411328111", 2024);
        Assert.Equal(1, (int)report["revision"]!);
        Assert.Equal("withdrawn", (string)report["review"]!["state"]!);
        var listed = JsonNode.Parse(await client.GetStringAsync(Routes.Reports(limit: 10)))!["reports"]!.AsArray();
        Assert.Equal(["411328110/2020", "411328112/2024"], listed.Select(r => $"{r!["townshipCode"]}/{r["year"]}"));
    }

    [Fact]
    public async Task Without_the_setting_the_database_starts_empty()
    {
        using var service = Start(seed: false);
        var listed = JsonNode.Parse(await service.CreateClient().GetStringAsync(Routes.Reports(limit: 10)))!["reports"]!.AsArray();
        Assert.Empty(listed);
    }

    private static void AssertSameJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}\nstored {actual.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");

    private static Action<JsonObject> ActingFor(string townshipCode) => report =>
    {
        report["townshipCode"] = townshipCode;
        report["year"] = 2024;
    };

    private static async Task<JsonObject> StoredAsync(HttpClient client, string townshipCode, int year)
    {
        using var response = await client.GetAsync(Routes.Report(townshipCode, year));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{townshipCode}/{year}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
