using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Reports;

namespace Disclosure.Api.Tests.Http.Tables;

/// <summary>
/// 唐河县 (411328) in 2021: three reports of the 2021 format (one flagged, one printing （六）其他处理 as one row) and one
/// of the 2019 format; a report of another county (南召县) that no sum of 唐河县 may take; and 上屯镇's 2020 report.
/// Each submitted over HTTP; the tests sum the reports as read by the domain's reader.
/// </summary>
public sealed class TablesFixture : IAsyncLifetime
{
    public ServiceFactory Service { get; } = new();

    /// <summary>Every report stored, with whether it is flagged.</summary>
    public List<(Report Report, bool Flagged)> Reports { get; } = [];

    public async Task InitializeAsync()
    {
        var admin = Service.CreateAdminClient();
        await SubmitAsync(admin, Make("township-2021.json", "411328110", 2021, _ => { }), flagged: false);
        await SubmitAsync(admin, Make("township-2021.json", "411328101", 2021, report =>
        {
            Scale(report["applications"]!.AsObject(), 2);
            Scale(report["reviewLitigation"]!.AsObject(), 3);
            report["proactiveDisclosure"]!["fees"]!["amountWan"] = 0.000007m;
            // Printed 总计 of 新收 one higher than its columns (A3), acknowledged: stored flagged.
            var newly = report["applications"]!["newlyReceived"]!;
            newly["total"] = (long)newly["total"]! + 1;
            report["acknowledgedRules"] = new JsonArray("A3", "A1");
        }), flagged: true);
        await SubmitAsync(admin, Make("township-2021.json", "411328001", 2021, report =>
        {
            report["applications"]!["results"]!["otherHandling"] = new JsonObject
            {
                ["naturalPerson"] = 2, ["commercialEnterprise"] = 0, ["researchInstitution"] = 0, ["socialWelfareOrganization"] = 0,
                ["legalServiceInstitution"] = 0, ["otherOrganization"] = 1, ["total"] = 3,
            };
            report["proactiveDisclosure"]!["licensing"]!["decisions"] = 1_000_000_000_000L;
        }), flagged: false);
        await SubmitAsync(admin, Make("shangtun-2020.json", "411328102", 2021, _ => { }), flagged: false);
        await SubmitAsync(admin, Make("township-2021.json", "411321100", 2021, _ => { }), flagged: false);
        await SubmitAsync(admin, Make("shangtun-2020.json", "411328110", 2020, _ => { }), flagged: false);
    }

    public Task DisposeAsync()
    {
        Service.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The current reports of an area (a code prefix) in a year, flagged ones left out when asked.</summary>
    public IEnumerable<(Report Report, bool Flagged)> In(string area, int year, bool excludeFlagged = false) =>
        Reports.Where(r => r.Report.TownshipCode.StartsWith(area, StringComparison.Ordinal) && r.Report.Year == year && !(excludeFlagged && r.Flagged));

    private static JsonObject Make(string sample, string township, int year, Action<JsonObject> change)
    {
        var report = Samples.FiledAs(township, year, sample);
        change(report);
        return report;
    }

    private static void Scale(JsonObject node, long factor)
    {
        foreach (var (name, child) in node.ToList())
        {
            if (child is JsonObject obj) Scale(obj, factor);
            else if (child is JsonValue value && value.TryGetValue<long>(out var n)) node[name] = n * factor;
        }
    }

    private async Task SubmitAsync(HttpClient admin, JsonObject report, bool flagged)
    {
        var json = report.ToJsonString();
        var response = await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(json));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{report["townshipCode"]}/{report["year"]}: {(int)response.StatusCode} {body}");
        Assert.Equal(flagged, (bool)JsonNode.Parse(body)!["flagged"]!);
        Reports.Add((ReportReader.Read(System.Text.Encoding.UTF8.GetBytes(json)).Report!, flagged));
    }
}
