using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Quality;

/// <summary>
/// 唐河县 (411328, 24 township-level units) for 2020 and 2021, submitted over HTTP, with known findings in 2021:
/// 源潭镇…大河屯镇 (101–106) ordinary (行政许可 5…10 both years); 龙潭镇 (107) flagged (A3 and A1 acknowledged);
/// 桐寨铺镇 (108) all zero after a 2020 that was not (O3); 上屯镇 (110) 行政许可 3 → 40 (O1, and O2 against the county);
/// 毕店镇 (111) 上年结转 0 after 结转下年 2 (X3); 少拜寺镇 (112) ordinary, without a 2020 report; the 13 others missing.
/// </summary>
public sealed class QualityFixture : IAsyncLifetime
{
    public ServiceFactory Service { get; } = new();

    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = Service.CreateAdminClient();
        for (var i = 1; i <= 6; i++)
        {
            await SubmitAsync(Report($"41132810{i}", 2020, newly: 10, licensing: 4 + i));
            await SubmitAsync(Report($"41132810{i}", 2021, newly: 10, licensing: 4 + i));
        }
        await SubmitAsync(Report("411328107", 2020, newly: 10, licensing: 7));
        await SubmitAsync(Flagged(Report("411328107", 2021, newly: 10, licensing: 7)));
        await SubmitAsync(Report("411328108", 2020, newly: 10, licensing: 6));
        await SubmitAsync(Report("411328108", 2021, newly: 0, licensing: 0));
        await SubmitAsync(Report("411328110", 2020, newly: 10, licensing: 3));
        await SubmitAsync(Report("411328110", 2021, newly: 10, licensing: 40));
        await SubmitAsync(Report("411328111", 2020, newly: 10, licensing: 8, carriedForward: 2));
        await SubmitAsync(Report("411328111", 2021, newly: 10, licensing: 8));
        await SubmitAsync(Report("411328112", 2021, newly: 10, licensing: 9));
    }

    public Task DisposeAsync()
    {
        Service.Dispose();
        return Task.CompletedTask;
    }

    public async Task SubmitAsync(JsonObject report)
    {
        var response = await Admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK,
            $"{report["townshipCode"]}/{report["year"]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// A report of the year's format with every figure 0 but these: 新收 自然人 <paramref name="newly"/>, of which all but
    /// <paramref name="carriedForward"/> 予以公开 (the rest 结转下年), and 行政许可 <paramref name="licensing"/>.
    /// </summary>
    public static JsonObject Report(string township, int year, long newly, long licensing, long carriedForward = 0)
    {
        var report = Samples.Node(year >= 2021 ? "township-2021.json" : "shangtun-2020.json");
        report["townshipCode"] = township;
        report["year"] = year;
        report.Remove("publications");
        report.Remove("narrative");
        foreach (var table in new[] { "proactiveDisclosure", "applications", "reviewLitigation" })
            ZeroAndDropTotals(report[table]!.AsObject());
        var applications = report["applications"]!;
        applications["newlyReceived"]!["naturalPerson"] = newly;
        applications["results"]!["disclosed"]!["naturalPerson"] = newly - carriedForward;
        applications["carriedForward"]!["naturalPerson"] = carriedForward;
        report["proactiveDisclosure"]!["licensing"]!["decisions"] = licensing;
        return report;
    }

    /// <summary>新收 总计 printed one higher than its columns (A3, and so A1), both acknowledged: stored flagged.</summary>
    public static JsonObject Flagged(JsonObject report)
    {
        var newly = report["applications"]!["newlyReceived"]!;
        newly["total"] = (long)newly["naturalPerson"]! + 1;
        report["acknowledgedRules"] = new JsonArray("A3", "A1");
        return report;
    }

    private static void ZeroAndDropTotals(JsonObject node)
    {
        node.Remove("total");
        foreach (var (name, child) in node.ToList())
        {
            if (child is JsonObject obj) ZeroAndDropTotals(obj);
            else if (child is JsonValue) node[name] = 0;
        }
    }
}
