using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Http.Rollups;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Domain.Reviews;

namespace Disclosure.Api.Tests.Http.ReviewedReads;

/// <summary>
/// A report withdrawn by the county counts nowhere from that moment: not in any rollup at any level, the tables, the
/// cells, the listings, completeness, nor as the previous year of the next year's checks; filed again, it counts again.
/// Each test has its own service with <see cref="RollupFixture"/>'s reports, read once before the withdrawal so that
/// every answer is cached, and again after it.
/// </summary>
public sealed class WithdrawnReportReadsTests : IAsyncLifetime
{
    private const string Shangtun = "411328110";
    private readonly RollupFixture _fixture = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _fixture.InitializeAsync();
        _client = _fixture.Service.CreateClient();
    }

    public Task DisposeAsync() => _fixture.DisposeAsync();

    /// <summary>Every read that counts reports, each as one line of numbers, so that before and after compare at a glance.</summary>
    private async Task<Dictionary<string, string>> ReadEverythingAsync()
    {
        var reads = new Dictionary<string, string>();
        foreach (var area in new[] { "", "41", "4113", "411328" })
        {
            var group = await SingleGroupAsync(Routes.Rollup("applications", area: area == "" ? null : area, year: 2021));
            reads[$"applications {(area == "" ? "nation" : area)}"] = $"{group["reports"]} {group["applications"]!["newlyReceived"]!["naturalPerson"]}";
        }
        var byTownship = await GroupsAsync(Routes.Rollup("applications", area: "411328", year: 2021, groupBy: "township"));
        reads["applications by township"] = string.Join(" ", byTownship.Select(g => $"{g!["key"]!["townshipCode"]}:{g["applications"]!["newlyReceived"]!["naturalPerson"]}"));
        var township = await SingleGroupAsync(Routes.Rollup("applications", area: Shangtun, year: 2021));
        reads["applications of the township"] = $"{township["reports"]} {township["applications"]!["newlyReceived"]!["naturalPerson"]}";
        var review = await SingleGroupAsync(Routes.Rollup("review-litigation", area: "411328", year: 2021));
        reads["review-litigation"] = $"{review["reports"]} {review["reviewLitigation"]!["review"]!["upheld"]}";
        var proactive = await SingleGroupAsync(Routes.Rollup("proactive", area: "411328", year: 2021));
        reads["proactive"] = $"{proactive["reports"]} {proactive["proactiveDisclosure"]!["format2021"]!["licensing"]!["decisions"]}";
        var publications = await GroupsAsync(Routes.Rollup("publications", area: "411328", year: 2021, groupBy: "township"));
        reads["publications"] = $"{publications.Sum(g => (long)g!["reports"]!)} {publications.Sum(g => (long)g!["publications"]!["policyInterpretations"]!)}";

        var county = await JsonAsync(Routes.Tables(area: "411328", year: 2021));
        reads["tables of the county"] = string.Join(" ", county["formats"]!.AsArray().Select(f => $"{f!["format"]}:{f["reports"]}"));
        var ofTownship = await JsonAsync(Routes.Tables(area: Shangtun, year: 2021));
        reads["tables of the township"] = string.Join(" ", ofTownship["formats"]!.AsArray().Select(f => $"{f!["format"]}:{f["reports"]}"));

        var cells = (await _client.GetStringAsync(Routes.Cells(area: Shangtun, format: "csv"))).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        reads["cells"] = string.Join(" ", cells.Skip(1).Select(line => line.Split(',')[1]).Distinct());

        var listing = await JsonAsync(Routes.Reports(area: Shangtun));
        reads["listing"] = $"{listing["total"]}: {string.Join(" ", listing["reports"]!.AsArray().Select(r => (int)r!["year"]!))}";

        var completeness = await JsonAsync(Routes.Completeness(area: "411328", year: 2021));
        reads["completeness"] = $"{completeness["submitted"]}/{completeness["expected"]} " +
                                $"{(completeness["missing"]!.AsArray().Any(m => (string)m!["townshipCode"]! == Shangtun) ? "missing" : "reported")}";
        return reads;
    }

    [Fact]
    public async Task A_withdrawal_takes_the_report_out_of_every_rollup_level_the_tables_cells_listings_and_completeness_at_once()
    {
        var withdrawn = _fixture.Reports.Single(r => r.Township == Shangtun && r.Year == 2021);
        var of2021 = _fixture.Reports.Where(r => r.Year == 2021).ToList();
        var county = of2021.Where(r => r.County == "411328").ToList();
        var before = await ReadEverythingAsync();
        Assert.Equal(Expected(of2021, county, withdrawn: null), before);

        await CountyReview.ReviewAsync(_fixture.Service, Shangtun, 2021, ReviewAction.Withdrawn);

        var after = await ReadEverythingAsync();
        Assert.Equal(Expected(of2021.Except([withdrawn]).ToList(), county.Except([withdrawn]).ToList(), withdrawn), after);
        // Its revisions stay readable.
        var revisions = JsonNode.Parse(await _client.GetStringAsync(Routes.Revisions(Shangtun, 2021)))!;
        Assert.Equal([1], revisions["revisions"]!.AsArray().Select(r => (int)r!["revision"]!));
    }

    /// <summary>What <see cref="ReadEverythingAsync"/> reads when the reports of 2021 that count are <paramref name="of2021"/>.</summary>
    private static Dictionary<string, string> Expected(List<Submitted> of2021, List<Submitted> county, Submitted? withdrawn)
    {
        var shangtun = of2021.Where(r => r.Township == Shangtun).ToList();
        var newly = $"{of2021.Count} {of2021.Sum(r => r.NewlyNP)}";
        return new Dictionary<string, string>
        {
            ["applications nation"] = newly,
            ["applications 41"] = newly,
            ["applications 4113"] = newly,
            ["applications 411328"] = $"{county.Count} {county.Sum(r => r.NewlyNP)}",
            ["applications by township"] = string.Join(" ", county.OrderBy(r => r.Township, StringComparer.Ordinal).Select(r => $"{r.Township}:{r.NewlyNP}")),
            ["applications of the township"] = $"{shangtun.Count} {shangtun.Sum(r => r.NewlyNP)}",
            ["review-litigation"] = $"{county.Count} {county.Sum(r => r.Upheld)}",
            ["proactive"] = $"{county.Count} {county.Sum(r => r.Licensing)}",
            ["publications"] = $"{county.Count} {county.Sum(r => r.PolicyInterpretations)}",
            ["tables of the county"] = $"2021:{county.Count}",
            ["tables of the township"] = shangtun.Count == 0 ? "" : "2021:1",
            ["cells"] = withdrawn is null ? "2019 2020 2021" : "2019 2020",
            ["listing"] = withdrawn is null ? "3: 2019 2020 2021" : "2: 2019 2020",
            ["completeness"] = $"{county.Count}/24 {(withdrawn is null ? "reported" : "missing")}",
        };
    }

    [Fact]
    public async Task Filed_again_after_its_withdrawal_the_report_counts_again_as_a_new_filing()
    {
        await CountyReview.ReviewAsync(_fixture.Service, Shangtun, 2021, ReviewAction.Withdrawn);
        var withdrawn = await ReadEverythingAsync();

        var report = JsonNode.Parse(await _client.GetStringAsync(Routes.Report(Shangtun, 2021)))!["report"]!.AsObject();
        var refiled = await _fixture.Service.CreateAdminClient().PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));

        Assert.Equal(HttpStatusCode.Created, refiled.StatusCode);
        Assert.Equal(2, (int)JsonNode.Parse(await refiled.Content.ReadAsStringAsync())!["revision"]!);
        var of2021 = _fixture.Reports.Where(r => r.Year == 2021).ToList();
        var again = await ReadEverythingAsync();
        Assert.Equal(Expected(of2021, of2021.Where(r => r.County == "411328").ToList(), withdrawn: null), again);
        Assert.NotEqual(withdrawn, again);
        var group = await SingleGroupAsync(Routes.Rollup("applications", area: "411328", year: 2021));
        Assert.Equal("""{"submitted":3,"accepted":0,"returned":0}""", group["states"]!.ToJsonString());
    }

    [Fact]
    public async Task A_withdrawn_report_is_no_previous_year_for_the_year_after_it()
    {
        var report2021 = JsonNode.Parse(await _client.GetStringAsync(Routes.Report(Shangtun, 2021)))!["report"]!.ToJsonString();
        var against2020 = await ValidateAsync(report2021);
        Assert.Contains("X3", against2020);

        await CountyReview.ReviewAsync(_fixture.Service, Shangtun, 2020, ReviewAction.Withdrawn);

        Assert.DoesNotContain(await ValidateAsync(report2021), code => code.StartsWith('X'));
    }

    private async Task<List<string>> ValidateAsync(string report)
    {
        var response = await _fixture.Service.CreateAdminClient().PostAsync(Routes.ValidateReport, ServiceFactory.Json(report));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JsonNode.Parse(await response.Content.ReadAsStringAsync())!["warnings"]!.AsArray().Select(w => (string)w!["code"]!)];
    }

    private Task<JsonNode> JsonAsync(string url) => _client.GetOkJsonAsync(url);

    private async Task<JsonArray> GroupsAsync(string url) => (await JsonAsync(url))["groups"]!.AsArray();

    private async Task<JsonNode> SingleGroupAsync(string url) => Assert.Single(await GroupsAsync(url))!;
}
