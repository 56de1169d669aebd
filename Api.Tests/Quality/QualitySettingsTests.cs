using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Quality;

/// <summary>The thresholds come from configuration; outliers belong to the current revision; the real reports raise none.</summary>
public sealed class QualitySettingsTests
{
    private static Task<JsonNode> GetJsonAsync(HttpClient client, string url) => client.GetOkJsonAsync(url);

    private static async Task SubmitAsync(HttpClient admin, JsonObject report)
    {
        var response = await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string[]> OutlierCodesAsync(ServiceFactory service)
    {
        var admin = service.CreateAdminClient();
        await SubmitAsync(admin, QualityFixture.Report("411328110", 2020, newly: 10, licensing: 3));
        await SubmitAsync(admin, QualityFixture.Report("411328110", 2021, newly: 10, licensing: 40));
        var report = await GetJsonAsync(service.CreateClient(), Routes.Report("411328110", 2021));
        return [.. report["outliers"]!.AsArray().Select(o => (string)o!["message"]!)];
    }

    [Fact]
    public async Task The_jump_factor_and_minimum_are_read_from_configuration()
    {
        using var defaults = new ServiceFactory();
        using var wider = new ServiceFactory();
        wider.Settings["Quality:JumpFactor"] = "20";
        using var higher = new ServiceFactory();
        higher.Settings["Quality:JumpMinimum"] = "41";
        using var narrower = new ServiceFactory();
        narrower.Settings["Quality:JumpFactor"] = "1.5";
        narrower.Settings["Quality:JumpMinimum"] = "0";

        Assert.Equal(["O1: 行政许可 · 本年处理决定数量 went from 3 in 2020 to 40 in 2021, more than ×5."], await OutlierCodesAsync(defaults));
        Assert.Empty(await OutlierCodesAsync(wider));
        Assert.Empty(await OutlierCodesAsync(higher));
        Assert.Equal(["O1: 行政许可 · 本年处理决定数量 went from 3 in 2020 to 40 in 2021, more than ×1.5."], await OutlierCodesAsync(narrower));
    }

    [Fact]
    public async Task The_peer_settings_are_read_from_configuration()
    {
        using var service = new ServiceFactory();
        service.Settings["Quality:MinPeers"] = "2";
        service.Settings["Quality:PeerScore"] = "5";
        service.Settings["Quality:PeerMinimumDifference"] = "20";
        var admin = service.CreateAdminClient();
        await SubmitAsync(admin, QualityFixture.Report("411328101", 2021, newly: 10, licensing: 10));
        await SubmitAsync(admin, QualityFixture.Report("411328102", 2021, newly: 10, licensing: 12));
        await SubmitAsync(admin, QualityFixture.Report("411328110", 2021, newly: 10, licensing: 40));
        await SubmitAsync(admin, QualityFixture.Report("411328111", 2021, newly: 10, licensing: 31));

        var far = await GetJsonAsync(service.CreateClient(), Routes.Report("411328110", 2021));
        // Others 10 12 31: median 12, MAD 2; 0.6745 × 28 / 2 = 9.44 beyond 5, and 28 at least 20 away.
        Assert.Equal("O2: 行政许可 · 本年处理决定数量 is 40 in 2021; the median of the county's 3 other townships is 12 (MAD 2), a modified z-score of 9.4, beyond ±5.",
            (string)Assert.Single(far["outliers"]!.AsArray())!["message"]!);
        // Others 10 12 40: median 12, MAD 2; 31 is 19 away, under the 20 configured.
        Assert.Empty((await GetJsonAsync(service.CreateClient(), Routes.Report("411328111", 2021)))["outliers"]!.AsArray());
    }

    [Theory]
    [InlineData("JumpFactor", 1, true)]
    [InlineData("JumpFactor", 1.01, false)]
    [InlineData("PeerScore", 0, true)]
    [InlineData("MinPeers", 0, true)]
    [InlineData("JumpMinimum", -1, true)]
    [InlineData("PeerMinimumDifference", -1, true)]
    public void Thresholds_that_cannot_work_are_refused(string setting, double value, bool refused)
    {
        var thresholds = new Disclosure.Domain.Quality.OutlierThresholds();
        var property = typeof(Disclosure.Domain.Quality.OutlierThresholds).GetProperty(setting)!;
        property.SetValue(thresholds, Convert.ChangeType(value, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(!refused, Disclosure.Domain.Quality.OutlierThresholds.AreUsable(thresholds));
        Assert.True(Disclosure.Domain.Quality.OutlierThresholds.AreUsable(new Disclosure.Domain.Quality.OutlierThresholds()));
    }

    [Fact]
    public async Task An_older_revision_has_no_outliers_and_the_current_one_has_them_as_they_are_now()
    {
        using var service = new ServiceFactory();
        var admin = service.CreateAdminClient();
        var client = service.CreateClient();
        await SubmitAsync(admin, QualityFixture.Report("411328110", 2020, newly: 10, licensing: 3));
        await SubmitAsync(admin, QualityFixture.Report("411328110", 2021, newly: 10, licensing: 40));
        await SubmitAsync(admin, QualityFixture.Report("411328110", 2021, newly: 10, licensing: 41));

        var older = await GetJsonAsync(client, Routes.Report("411328110", 2021, revision: 1));
        Assert.False(older.AsObject().ContainsKey("outliers"));
        var current = await GetJsonAsync(client, Routes.Report("411328110", 2021, revision: 2));
        Assert.Equal("O1: 行政许可 · 本年处理决定数量 went from 3 in 2020 to 41 in 2021, more than ×5.", (string)current["outliers"]![0]!["message"]!);

        // The previous year corrected: the same revision's outliers follow it.
        await SubmitAsync(admin, QualityFixture.Report("411328110", 2020, newly: 10, licensing: 30));
        Assert.Empty((await GetJsonAsync(client, Routes.Report("411328110", 2021)))["outliers"]!.AsArray());
    }

    [Fact]
    public async Task The_real_reports_in_the_test_data_raise_no_outlier()
    {
        using var service = new ServiceFactory();
        var admin = service.CreateAdminClient();
        var client = service.CreateClient();
        var township2022 = Samples.Node("township-2021.json");
        var sameFiguresIn2021 = Samples.Node("township-2021.json");
        sameFiguresIn2021["year"] = 2021;
        JsonObject[] reports =
        [
            Samples.Node("shangtun-2020.json"), sameFiguresIn2021, township2022,
            Samples.Node("published/hongze-2024.expected.json"), Samples.Node("published/pingtan-2024.expected.json"),
        ];
        foreach (var report in reports)
        {
            var response = await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));
            if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                // A published report that breaks identities is stored as published, flagged.
                var rules = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray().Select(e => (string)e!["rule"]!).Distinct();
                report["acknowledgedRules"] = new JsonArray([.. rules.Select(r => JsonValue.Create(r))]);
                response = await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));
            }
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        foreach (var report in reports)
        {
            var stored = await GetJsonAsync(client, Routes.Report((string)report["townshipCode"]!, (int)report["year"]!));
            Assert.Empty(stored["outliers"]!.AsArray());
            var worklist = await GetJsonAsync(client, Routes.Quality(area: (string)report["townshipCode"]!, year: (int)report["year"]!));
            Assert.Equal(0, (long)worklist["totals"]!.AsArray().Single(t => (string)t!["kind"]! == "outlier")!["items"]!);
        }
    }
}
