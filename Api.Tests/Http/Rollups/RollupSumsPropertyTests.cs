using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Reviews;
using Disclosure.Persistence;
using Disclosure.Tools;

namespace Disclosure.Api.Tests.Http.Rollups;

/// <summary>
/// Generated reports of both formats and both 2021 layouts (（六） divided, and printed as one row), submitted over
/// HTTP, then reviewed: some accepted, some returned, some withdrawn, the rest left submitted. <see cref="RollupSumsPropertyTests.Expected"/> sums
/// the stored reports' own JSON member by member, and every group of every rollup must be exactly that (of the reports
/// that count, or of the accepted ones with status=accepted), nothing more and nothing less.
/// </summary>
public sealed class RollupSumsFixture : IAsyncLifetime
{
    private static readonly DivisionRegistry Registry = DivisionsCsv.Load(Path.Combine(AppContext.BaseDirectory, "Data", "divisions"));

    public ServiceFactory Service { get; } = new();

    /// <summary>Each stored report that counts as the service answers it (<c>report</c>, every optional total filled in).</summary>
    public List<JsonObject> Reports { get; } = [];

    /// <summary>Every report stored, the withdrawn ones too.</summary>
    public List<JsonObject> Stored { get; } = [];

    /// <summary>The review state of each report in <see cref="Reports"/>.</summary>
    public Dictionary<JsonObject, ReviewState> States { get; } = new(ReferenceEqualityComparer.Instance);

    public async Task InitializeAsync()
    {
        var admin = Service.CreateAdminClient();
        var townships = Registry.TownshipsUnder("411328").ToArray().Take(9).Concat(Registry.TownshipsUnder("411321").ToArray().Take(6)).ToList();
        foreach (var (township, index) in townships.Select((t, i) => (t, i)))
        {
            Report? previous = null;
            for (var year = 2019; year <= 2022; year++)
            {
                var report = SyntheticReports.Generate(township.Code, year, previous);
                previous = report;
                var json = JsonNode.Parse(ReportJson.ToUtf8Bytes(report))!.AsObject();
                // A third of the 2021-format reports print （六） as one row, as real ones do: five of each year.
                if (report.Format.Id == "2021" && (index + year) % 3 == 0)
                    Undivide(json);
                var response = await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(json.ToJsonString()));
                Assert.True(response.StatusCode == HttpStatusCode.Created, $"{township.Code}/{year}: {await response.Content.ReadAsStringAsync()}");
                var stored = JsonNode.Parse(await admin.GetStringAsync(Routes.Report(township.Code, year)))!;
                var (action, state) = ReviewOf(States.Count);
                if (action is { } review)
                    await CountyReview.ReviewAsync(Service, township.Code, year, review);
                if (state != ReviewState.Withdrawn)
                    Reports.Add(stored["report"]!.AsObject());
                States[stored["report"]!.AsObject()] = state;
                Stored.Add(stored["report"]!.AsObject());
            }
        }
        foreach (var withdrawn in States.Where(s => s.Value == ReviewState.Withdrawn).Select(s => s.Key).ToList())
            States.Remove(withdrawn);
        Assert.Equal(Reports.Count, States.Count);
    }

    /// <summary>The review of the <paramref name="index"/>th report stored: a fifth withdrawn, then of the rest alternately accepted, returned, left submitted.</summary>
    private static (ReviewAction? Action, ReviewState State) ReviewOf(int index) =>
        index % 5 == 4 ? (ReviewAction.Withdrawn, ReviewState.Withdrawn)
        : (index % 5 % 3) switch
        {
            0 => (ReviewAction.Accepted, ReviewState.Accepted),
            1 => (ReviewAction.Returned, ReviewState.Returned),
            _ => (null, ReviewState.Submitted),
        };

    /// <summary>（六） as one row: each column the sum of the three sub-rows.</summary>
    private static void Undivide(JsonObject report)
    {
        var results = report["applications"]!["results"]!.AsObject();
        var subRows = results["otherHandling"]!.AsObject();
        var row = new JsonObject();
        foreach (var column in ApplicationTables.ApplicantColumns.Select(c => c.Name))
            row[column] = subRows.Sum(s => (long)s.Value![column]!);
        results["otherHandling"] = row;
    }

    public Task DisposeAsync()
    {
        Service.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class RollupSumsPropertyTests(RollupSumsFixture fixture) : IClassFixture<RollupSumsFixture>
{
    private static readonly string[] SubRows = ["overdueCorrection", "overdueFee", "other"];
    private static readonly string[] Columns = [.. ApplicationTables.ApplicantColumns.Select(c => c.Name), "total"];

    private readonly HttpClient _client = fixture.Service.CreateClient();

    [Fact]
    public void The_generated_reports_cover_both_formats_and_both_2021_layouts()
    {
        var of2021 = fixture.Stored.Where(r => (string)r["format"]! == "2021").ToList();
        Assert.Equal(30, fixture.Stored.Count(r => (string)r["format"]! == "2019"));
        Assert.Equal(30, of2021.Count);
        Assert.Equal(10, of2021.Count(r => !IsDivided(r)));
    }

    [Fact]
    public void The_reports_are_in_every_state_and_a_fifth_were_withdrawn()
    {
        Assert.Equal(48, fixture.Reports.Count);
        Assert.Equal([(ReviewState.Submitted, 12), (ReviewState.Accepted, 24), (ReviewState.Returned, 12)],
            fixture.States.Values.GroupBy(s => s).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("year", "")]
    [InlineData("county,year", "")]
    [InlineData("township,year", "")]
    [InlineData("", "accepted")]
    [InlineData("county,year", "accepted")]
    [InlineData("township,year", "accepted")]
    public async Task Every_group_of_every_rollup_is_its_reports_summed_member_by_member(string groupBy, string status)
    {
        var counted = status == "accepted" ? fixture.Reports.Where(r => fixture.States[r] == ReviewState.Accepted).ToList() : fixture.Reports;
        foreach (var (rollup, section) in new[]
                 {
                     ("applications", "applications"), ("review-litigation", "reviewLitigation"),
                     ("proactive", "proactiveDisclosure"), ("publications", "publications"),
                 })
        {
            var answer = JsonNode.Parse(await _client.GetStringAsync(
                Routes.Rollup(rollup, area: "4113", groupBy: groupBy, status: status == "" ? null : status, limit: 10000)))!;
            Assert.Equal(status == "" ? null : status, (string?)answer["status"]);
            var groups = answer["groups"]!.AsArray();
            Assert.Equal(counted.Count, groups.Sum(g => (long)g!["reports"]!));
            foreach (var group in groups)
            {
                var reports = counted.Where(r => InGroup(r, group!["key"]!.AsObject())).ToList();
                Assert.Equal(reports.Count, (long)group!["reports"]!);
                Assert.Equal(["key", "reports", "flagged", "states", section], group.AsObject().Select(p => p.Key));
                Assert.Equal(StatesOf(reports), group["states"]!.ToJsonString());
                var expected = Expected(section, reports);
                var actual = Leaves(group[section]!, "");
                Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
                foreach (var (pointer, value) in expected)
                    Assert.True(value == actual[pointer], $"{rollup} {group["key"]!.ToJsonString()} {pointer}: expected {value}, got {actual[pointer]}");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("accepted")]
    public async Task Completeness_counts_the_same_reports_as_the_rollups_state_by_state(string status)
    {
        var statusParameter = status == "" ? null : status;
        for (var year = 2019; year <= 2022; year++)
        {
            var counted = fixture.Reports.Where(r => (int)r["year"]! == year && (status == "" || fixture.States[r] == ReviewState.Accepted)).ToList();
            var completeness = JsonNode.Parse(await _client.GetStringAsync(Routes.Completeness(area: "4113", year: year, status: statusParameter)))!;
            var rollup = JsonNode.Parse(await _client.GetStringAsync(Routes.Rollup("publications", area: "4113", year: year, status: statusParameter)))!["groups"]![0]!;

            Assert.Equal(counted.Count, (int)completeness["submitted"]!);
            Assert.Equal(StatesOf(counted), completeness["states"]!.ToJsonString());
            Assert.Equal(StatesOf(counted), rollup["states"]!.ToJsonString());
            Assert.Equal(counted.Where(r => fixture.States[r] == ReviewState.Returned).Select(r => (string)r["townshipCode"]!).Order(StringComparer.Ordinal),
                completeness["returned"]!.AsArray().Select(r => (string)r!["townshipCode"]!));
        }
    }

    [Fact]
    public async Task Row_six_says_how_many_reports_its_sub_rows_cover()
    {
        var groups = JsonNode.Parse(await _client.GetStringAsync(Routes.Rollup("applications", area: "4113", groupBy: "year")))!["groups"]!.AsArray();

        // Of the reports that count: the withdrawn ones are in no row.
        var divided = Enumerable.Range(2019, 4).Select(year => (long)fixture.Reports.Count(r => (int)r["year"]! == year && IsDivided(r))).ToList();
        Assert.Equal([0L, 0L], divided[..2]);
        Assert.Equal(divided, groups.Select(g => (long)g!["applications"]!["results"]!["otherHandling"]!["dividedReports"]!));
        var year2021 = groups[2]!["applications"]!["results"]!["otherHandling"]!;
        var of2021 = fixture.Reports.Where(r => (int)r["year"]! == 2021).ToList();
        Assert.Equal(of2021.Where(IsDivided).Sum(r => (long)r["applications"]!["results"]!["otherHandling"]!["other"]!["total"]!),
            (long)year2021["other"]!["total"]!);
        // The row counts every report's （六）, the undivided ones' too.
        Assert.Equal(of2021.Sum(r => OtherHandlingTotal(r)), (long)year2021["total"]!);
    }

    private static long OtherHandlingTotal(JsonObject report)
    {
        var row = report["applications"]!["results"]!["otherHandling"]!;
        return IsDivided(report) ? SubRows.Sum(s => (long)row[s]!["total"]!) : (long)row["total"]!;
    }

    private static bool IsDivided(JsonObject report) =>
        (string)report["format"]! == "2021" && report["applications"]!["results"]!["otherHandling"]!["overdueFee"] is not null;

    private static bool InGroup(JsonObject report, JsonObject key)
    {
        var code = (string)report["townshipCode"]!;
        foreach (var (name, value) in key)
        {
            var matches = name switch
            {
                "year" => (int)report["year"]! == (int)value!,
                "provinceCode" => code[..2] == (string)value!,
                "cityCode" => code[..4] == (string)value!,
                "countyCode" => code[..6] == (string)value!,
                "townshipCode" => code == (string)value!,
                _ => true,
            };
            if (!matches) return false;
        }
        return true;
    }

    /// <summary>The group's figures as this test works them out from the reports' JSON, by pointer below the section.</summary>
    private Dictionary<string, decimal?> Expected(string section, List<JsonObject> reports) => section switch
    {
        "applications" => Applications(reports),
        "reviewLitigation" => ReviewLitigation(reports),
        "proactiveDisclosure" => Proactive(reports),
        _ => Publications(reports),
    };

    private static Dictionary<string, decimal?> Applications(List<JsonObject> reports)
    {
        var sums = new Dictionary<string, decimal?>();
        foreach (var sub in SubRows)
            foreach (var column in Columns)
                sums[$"/results/otherHandling/{sub}/{column}"] = 0;
        foreach (var report in reports)
        {
            foreach (var (pointer, value) in Leaves(report["applications"]!, ""))
            {
                Add(sums, pointer, value);
                // A sub-row of （六） counts in the row as well.
                var parts = pointer.Split('/');
                if (parts.Length == 5 && parts[2] == "otherHandling")
                    Add(sums, $"/results/otherHandling/{parts[4]}", value);
            }
        }
        sums["/results/otherHandling/dividedReports"] = reports.Count(IsDivided);
        sums["/results/disclosureRate"] = Rate(sums["/results/disclosed/total"]!.Value + sums["/results/partiallyDisclosed/total"]!.Value, sums["/results/total/total"]!.Value);
        return sums;
    }

    private static Dictionary<string, decimal?> ReviewLitigation(List<JsonObject> reports)
    {
        var sums = new Dictionary<string, decimal?>();
        foreach (var report in reports)
            foreach (var (pointer, value) in Leaves(report["reviewLitigation"]!, ""))
                Add(sums, pointer, value);
        string[] rows = ["review", "litigationDirect", "litigationAfterReview"];
        decimal Sum(IEnumerable<string> of, params string[] columns) => of.Sum(row => columns.Sum(c => sums.GetValueOrDefault($"/{row}/{c}") ?? 0));
        foreach (var row in rows)
            sums[$"/{row}/correctionRate"] = Rate(Sum([row], "corrected"), Sum([row], "upheld", "corrected", "other"));
        sums["/correctionRate"] = Rate(Sum(rows, "corrected"), Sum(rows, "upheld", "corrected", "other"));
        return sums;
    }

    /// <summary>The states member of a group of <paramref name="reports"/>, as the test counts them.</summary>
    private string StatesOf(IEnumerable<JsonObject> reports)
    {
        var states = reports.Select(r => fixture.States[r]).ToList();
        return $$"""{"submitted":{{states.Count(s => s == ReviewState.Submitted)}},"accepted":{{states.Count(s => s == ReviewState.Accepted)}},"returned":{{states.Count(s => s == ReviewState.Returned)}}}""";
    }

    private Dictionary<string, decimal?> Proactive(List<JsonObject> reports)
    {
        var sums = new Dictionary<string, decimal?>();
        foreach (var format in new[] { "2019", "2021" })
        {
            var ofFormat = reports.Where(r => (string)r["format"]! == format).ToList();
            sums[$"/format{format}/reports"] = ofFormat.Count;
            foreach (var state in new[] { ReviewState.Submitted, ReviewState.Accepted, ReviewState.Returned })
                sums[$"/format{format}/states/{ReviewNames.Of(state)}"] = ofFormat.Count(r => fixture.States[r] == state);
            // Every member of the format's table 二, 0 in a group without a report of it.
            foreach (var (pointer, _) in Leaves(fixture.Reports.First(r => (string)r["format"]! == format)["proactiveDisclosure"]!, ""))
                sums[$"/format{format}{pointer}"] = 0;
            foreach (var report in ofFormat)
                foreach (var (pointer, value) in Leaves(report["proactiveDisclosure"]!, ""))
                    Add(sums, $"/format{format}{pointer}", value);
        }
        foreach (var row in new[] { "licensing", "penalties", "coercion" })
            sums[$"/comparable/{row}/decisions"] = sums[$"/format2019/{row}/decisions"] + sums[$"/format2021/{row}/decisions"];
        return sums;
    }

    private static Dictionary<string, decimal?> Publications(List<JsonObject> reports)
    {
        var sums = new Dictionary<string, decimal?>
        {
            ["/reports"] = reports.Count(r => r["publications"] is not null),
            ["/policyInterpretations"] = reports.Sum(r => (long?)r["publications"]?["policyInterpretations"] ?? 0),
        };
        foreach (var domain in KeyDomains.All)
            sums[$"/keyDomains/{domain.Id}"] = 0;
        foreach (var report in reports)
            foreach (var entry in report["publications"]?["keyDomains"]?.AsArray() ?? [])
                Add(sums, $"/keyDomains/{(string)entry!["domain"]!}", (long)entry!["items"]!);
        return sums;
    }

    private static void Add(Dictionary<string, decimal?> sums, string pointer, decimal? value) =>
        sums[pointer] = (sums.GetValueOrDefault(pointer) ?? 0) + value;

    private static decimal? Rate(decimal numerator, decimal denominator) =>
        denominator == 0 ? null : Math.Round(numerator / denominator, 6, MidpointRounding.AwayFromZero);

    /// <summary>Every number (or null) under <paramref name="node"/>, by its pointer below it.</summary>
    private static Dictionary<string, decimal?> Leaves(JsonNode node, string at)
    {
        var leaves = new Dictionary<string, decimal?>();
        foreach (var (name, child) in node.AsObject())
        {
            if (child is JsonObject obj)
                foreach (var leaf in Leaves(obj, $"{at}/{name}")) leaves.Add(leaf.Key, leaf.Value);
            else if (child is JsonArray entries)
                // keyDomains: each entry's items under its domain, so that a domain listed twice shows.
                foreach (var entry in entries) leaves.Add($"{at}/{name}/{(string)entry!["domain"]!}", (long)entry["items"]!);
            else
                leaves.Add($"{at}/{name}", child is null ? null : decimal.Parse(child.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        return leaves;
    }
}
