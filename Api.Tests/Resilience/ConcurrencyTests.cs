using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>Many clients at once: distinct reports each stored once, racing revisions numbered without gaps, If-Match honoured.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private const int Year = 2020;
    private const int Racers = 16;

    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    /// <summary>All 24 township-level units of 唐河县 (411328), then others of 南阳市 (4113), from the official list.</summary>
    private static List<string> Townships(int count)
    {
        var codes = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "divisions", "streets.csv"))
            .Skip(1)
            .Select(line => line[..line.IndexOf(',')])
            .ToList();
        var tanghe = codes.Where(c => c.StartsWith("411328", StringComparison.Ordinal)).ToList();
        Assert.Equal(24, tanghe.Count);
        return [.. tanghe, .. codes.Where(c => c.StartsWith("4113", StringComparison.Ordinal) && !c.StartsWith("411328", StringComparison.Ordinal)).Take(count - tanghe.Count)];
    }

    private static string Report(string townshipCode, int year, long policyInterpretations)
    {
        var report = Samples.FiledAs(townshipCode, year);
        report["publications"]!["policyInterpretations"] = policyInterpretations;
        return report.ToJsonString();
    }

    [Fact]
    public async Task Distinct_reports_are_each_stored_once_while_racers_revise_one_report_without_gaps()
    {
        var townships = Townships(32);
        const string racingTownship = "411381001";
        Assert.DoesNotContain(racingTownship, townships);

        using var start = new SemaphoreSlim(0);
        var distinct = townships.Select(async code =>
        {
            using var client = _service.CreateAdminClient();
            await start.WaitAsync();
            using var response = await client.PostAsync(Routes.Reports(), ServiceFactory.Json(Report(code, Year, 26)));
            return (Code: code, Status: (int)response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        var racing = Enumerable.Range(0, Racers).Select(async i =>
        {
            using var client = _service.CreateAdminClient();
            await start.WaitAsync();
            using var response = await client.PutAsync(Routes.Report(racingTownship, Year),
                ServiceFactory.Json(Report(racingTownship, Year, 1000 + i)));
            return (Content: 1000L + i, Status: (int)response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(townships.Count + Racers);
        var distinctAnswers = await Task.WhenAll(distinct);
        var racingAnswers = await Task.WhenAll(racing);

        Assert.All(distinctAnswers, a => Assert.True(a.Status == 201, $"{a.Code}: {a.Status} {a.Body}"));
        Assert.All(racingAnswers, a => Assert.True(a.Status is 200 or 201, $"racer {a.Content}: {a.Status} {a.Body}"));
        Assert.Equal(1, racingAnswers.Count(a => a.Status == 201));

        var client = _service.CreateAdminClient();
        var list = JsonNode.Parse(await client.GetStringAsync(Routes.Reports(year: Year, limit: 1000)))!;
        var items = list["reports"]!.AsArray();
        Assert.Equal(townships.Count + 1, (int)list["total"]!);
        Assert.Equal([.. townships.Append(racingTownship).Order(StringComparer.Ordinal)], items.Select(i => (string)i!["townshipCode"]!));
        foreach (var code in townships)
        {
            var revisions = JsonNode.Parse(await client.GetStringAsync(Routes.Revisions(code, Year)))!["revisions"]!.AsArray();
            Assert.Equal(1, (int)Assert.Single(revisions)!["revision"]!);
        }

        // The racing key: revisions 1..n without gaps, n = the distinct contents accepted, each stored exactly once,
        // and the current revision is the last.
        var racingUrl = Routes.Report(racingTownship, Year);
        var numbers = JsonNode.Parse(await client.GetStringAsync(racingUrl + "/revisions"))!["revisions"]!.AsArray()
            .Select(r => (int)r!["revision"]!).ToList();
        Assert.Equal(Enumerable.Range(1, Racers), numbers);
        Assert.Equal(Enumerable.Range(1, Racers), racingAnswers.Select(a => (int)JsonNode.Parse(a.Body)!["revision"]!).Order());
        var stored = new List<long>();
        foreach (var n in numbers)
        {
            var revision = JsonNode.Parse(await client.GetStringAsync(Routes.Report(racingTownship, Year, revision: n)))!;
            Assert.Equal(n, (int)revision["revision"]!);
            stored.Add((long)revision["report"]!["publications"]!["policyInterpretations"]!);
        }
        Assert.Equal(racingAnswers.Select(a => a.Content).Order(), stored.Order());
        var current = JsonNode.Parse(await client.GetStringAsync(racingUrl))!;
        Assert.Equal(Racers, (int)current["revision"]!);
        Assert.Equal(stored[^1], (long)current["report"]!["publications"]!["policyInterpretations"]!);
        Assert.Equal(Racers, (int)items.Single(i => (string)i!["townshipCode"]! == racingTownship)!["revision"]!);

        // The maintained totals count each report once: the 24 of 唐河县, and the racing key's current revision only.
        var tanghe = JsonNode.Parse(await client.GetStringAsync(Routes.Rollup("publications", area: "411328", year: Year)))!["groups"]![0]!;
        Assert.Equal(24, (int)tanghe["reports"]!);
        var racingTotals = JsonNode.Parse(await client.GetStringAsync(Routes.Rollup("publications", area: racingTownship, year: Year)))!["groups"]![0]!;
        Assert.Equal(1, (int)racingTotals["reports"]!);
        Assert.Equal(stored[^1], (long)racingTotals["publications"]!["policyInterpretations"]!);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Two_puts_with_the_same_If_Match_racing_give_one_success_and_one_412()
    {
        var url = Routes.Report("411328110", 2020);
        var admin = _service.CreateAdminClient();
        using var created = await admin.PutAsync(url, ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var etag = created.Headers.ETag!.ToString();

        for (var round = 0; round < 10; round++)
        {
            using var start = new SemaphoreSlim(0);
            var puts = new[] { 2 * round + 100, 2 * round + 101 }.Select(async content =>
            {
                using var client = _service.CreateAdminClient();
                var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = ServiceFactory.Json(Report("411328110", 2020, content)) };
                request.Headers.TryAddWithoutValidation("If-Match", etag);
                await start.WaitAsync();
                using var response = await client.SendAsync(request);
                return (Content: content, Status: (int)response.StatusCode, ETag: response.Headers.ETag?.ToString(),
                    Type: response.Content.Headers.ContentType?.MediaType);
            }).ToList();
            start.Release(2);
            var answers = await Task.WhenAll(puts);

            var winner = Assert.Single(answers, a => a.Status == 200);
            var loser = Assert.Single(answers, a => a.Status == 412);
            Assert.Equal("application/problem+json", loser.Type);
            var current = JsonNode.Parse(await admin.GetStringAsync(url))!;
            Assert.Equal(round + 2, (int)current["revision"]!);
            Assert.Equal(winner.Content, (long)current["report"]!["publications"]!["policyInterpretations"]!);
            etag = winner.ETag!;
        }
    }
}
