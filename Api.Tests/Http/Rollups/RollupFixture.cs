using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http.Rollups;

/// <summary>
/// One real-shaped report as the tests built it, with the figures the tests sum independently.
/// Applications: NP = 自然人, CE = 商业企业.
/// </summary>
public sealed record Submitted(
    string Township, int Year, string Format, bool Flagged,
    long NewlyNP, long NewlyCE, long CarriedOverNP, long DisclosedNP, long PartialCE, long WithheldNP,
    long OtherHandlingNP, long Upheld, long Corrected, long Licensing, long Penalties, long AmountFen,
    long PolicyInterpretations, long PovertyItems)
{
    public string County => Township[..6];
    public long ResultsTotal => DisclosedNP + PartialCE + WithheldNP + OtherHandlingNP;
    public long CarriedForwardNP => NewlyNP + CarriedOverNP - DisclosedNP - WithheldNP - OtherHandlingNP;
    public long CarriedForwardCE => NewlyCE - PartialCE;
}

/// <summary>
/// Reports of both formats in two counties (唐河县 411328, 南召县 411321) over three years, one of them
/// flagged, one corrected, submitted over HTTP; the tests then check every rollup against sums they work
/// out themselves from <see cref="Reports"/>.
/// </summary>
public sealed class RollupFixture : IAsyncLifetime
{
    public ServiceFactory Service { get; } = new();

    public List<Submitted> Reports { get; } = [];

    public async Task InitializeAsync()
    {
        var admin = Service.CreateAdminClient();
        var seed = 1;
        foreach (var (township, year) in new[]
                 {
                     ("411328110", 2019), ("411328110", 2020), ("411328110", 2021), ("411328101", 2020), ("411328101", 2021),
                     ("411328001", 2021), ("411321100", 2020), ("411321100", 2021), ("411321101", 2019),
                 })
        {
            var format = year >= 2021 ? "2021" : "2019";
            var flagged = township == "411328101" && year == 2021;
            var report = Make(township, year, format, flagged, seed++);
            await SubmitAsync(admin, report);
            Reports.Add(report);
        }

        // A correction: the current revision replaces the first in every sum.
        var corrected = Reports.Single(r => r.Township == "411321100" && r.Year == 2020);
        var second = corrected with { NewlyNP = corrected.NewlyNP + 10, DisclosedNP = corrected.DisclosedNP + 10, Licensing = 777 };
        await SubmitAsync(admin, second);
        Reports[Reports.IndexOf(corrected)] = second;
    }

    public Task DisposeAsync()
    {
        Service.Dispose();
        return Task.CompletedTask;
    }

    private static Submitted Make(string township, int year, string format, bool flagged, int seed) => new(
        township, year, format, flagged,
        NewlyNP: 10 + seed, NewlyCE: 3 + seed % 4, CarriedOverNP: seed % 3, DisclosedNP: 5 + seed, PartialCE: seed % 4,
        WithheldNP: 1 + seed % 2, OtherHandlingNP: seed % 3 == 0 ? 2 : 1, Upheld: seed % 5, Corrected: seed % 3,
        Licensing: 100 * seed, Penalties: 7 * seed, AmountFen: 1_234_567 * seed + 1, PolicyInterpretations: 20 + seed, PovertyItems: 100 + 3 * seed);

    private static async Task SubmitAsync(HttpClient admin, Submitted r)
    {
        var json = ToJson(r).ToJsonString();
        var response = await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(json));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK,
            $"{r.Township}/{r.Year}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The report in the contract, from the sample of its format, with every optional total left for the service to derive.</summary>
    private static JsonObject ToJson(Submitted r)
    {
        var report = Samples.Node(r.Format == "2019" ? "shangtun-2020.json" : "township-2021.json");
        report["townshipCode"] = r.Township;
        report["year"] = r.Year;
        var applications = report["applications"]!.AsObject();
        ZeroAndDropTotals(applications);
        applications["newlyReceived"]!["naturalPerson"] = r.NewlyNP;
        applications["newlyReceived"]!["commercialEnterprise"] = r.NewlyCE;
        applications["carriedOver"]!["naturalPerson"] = r.CarriedOverNP;
        var results = applications["results"]!.AsObject();
        results.Remove("total");
        results["disclosed"]!["naturalPerson"] = r.DisclosedNP;
        results["partiallyDisclosed"]!["commercialEnterprise"] = r.PartialCE;
        results["withheld"]!["stateSecret"]!["naturalPerson"] = r.WithheldNP;
        if (r.Format == "2019")
            results["otherHandling"]!["naturalPerson"] = r.OtherHandlingNP;
        else
            results["otherHandling"]!["overdueCorrection"]!["naturalPerson"] = r.OtherHandlingNP;
        applications["carriedForward"]!["naturalPerson"] = r.CarriedForwardNP;
        applications["carriedForward"]!["commercialEnterprise"] = r.CarriedForwardCE;

        var reviewLitigation = report["reviewLitigation"]!.AsObject();
        ZeroAndDropTotals(reviewLitigation);
        reviewLitigation["review"]!["upheld"] = r.Upheld;
        reviewLitigation["review"]!["corrected"] = r.Corrected;

        var proactive = report["proactiveDisclosure"]!;
        proactive["licensing"]!["decisions"] = r.Licensing;
        proactive["penalties"]!["decisions"] = r.Penalties;
        var amountWan = JsonValue.Create(r.AmountFen / 1_000_000m);
        if (r.Format == "2019") proactive["procurement"]!["amountWan"] = amountWan;
        else proactive["fees"]!["amountWan"] = amountWan;

        report["publications"] = new JsonObject
        {
            ["policyInterpretations"] = r.PolicyInterpretations,
            ["keyDomains"] = new JsonArray(new JsonObject { ["domain"] = "povertyAlleviation", ["items"] = r.PovertyItems }),
        };
        if (r.Flagged)
        {
            // Printed 总计 of 新收 one higher than its columns: A3, as real reports do.
            applications["newlyReceived"]!["total"] = r.NewlyNP + r.NewlyCE + 1;
            report["acknowledgedRules"] = new JsonArray("A3", "A1");
        }
        return report;
    }

    /// <summary>Every number under <paramref name="node"/> set to 0, and every optional total removed.</summary>
    private static void ZeroAndDropTotals(JsonObject node)
    {
        node.Remove("total");
        foreach (var (_, child) in node.ToList())
        {
            if (child is JsonObject obj) ZeroAndDropTotals(obj);
        }
        foreach (var (name, child) in node.ToList())
        {
            if (child is JsonValue) node[name] = 0;
        }
    }
}
