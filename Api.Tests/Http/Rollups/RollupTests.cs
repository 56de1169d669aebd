using System.Net;
using System.Text.Json.Nodes;

namespace Disclosure.Api.Tests.Http.Rollups;

/// <summary>Every rollup, checked against sums the test works out from the reports it submitted.</summary>
public sealed class RollupTests(RollupFixture fixture) : IClassFixture<RollupFixture>
{
    private readonly HttpClient _client = fixture.Service.CreateClient();

    private async Task<JsonArray> GroupsAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["groups"]!.AsArray();
    }

    private static long L(JsonNode? node) => (long)node!;

    [Fact]
    public async Task Applications_grand_total_sums_every_report_once()
    {
        var all = fixture.Reports;
        var group = Assert.Single(await GroupsAsync(Routes.Rollup("applications")));

        Assert.Equal(all.Count, L(group!["reports"]));
        Assert.Equal(1, L(group["flagged"]));
        var applications = group["applications"]!;
        Assert.Equal(all.Sum(r => r.NewlyNP), L(applications["newlyReceived"]!["naturalPerson"]));
        Assert.Equal(all.Sum(r => r.NewlyCE), L(applications["newlyReceived"]!["commercialEnterprise"]));
        Assert.Equal(all.Sum(r => r.DisclosedNP), L(applications["results"]!["disclosed"]!["naturalPerson"]));
        Assert.Equal(all.Sum(r => r.PartialCE), L(applications["results"]!["partiallyDisclosed"]!["commercialEnterprise"]));
        Assert.Equal(all.Sum(r => r.ResultsTotal), L(applications["results"]!["total"]!["total"]));
        Assert.Equal(all.Sum(r => r.CarriedForwardNP + r.CarriedForwardCE), L(applications["carriedForward"]!["total"]));
        // 2019's single （六） row and 2021's sub-rows both roll into otherHandling, a row as in 2019; the sub-rows are inside it.
        var otherHandling = applications["results"]!["otherHandling"]!;
        Assert.Equal(all.Sum(r => r.OtherHandlingNP), L(otherHandling["naturalPerson"]));
        Assert.Equal(all.Where(r => r.Format == "2021").Sum(r => r.OtherHandlingNP), L(otherHandling["overdueCorrection"]!["naturalPerson"]));
        Assert.Equal(all.Count(r => r.Format == "2021"), L(otherHandling["dividedReports"]));
        var disclosed = all.Sum(r => r.DisclosedNP + r.PartialCE);
        Assert.Equal(Math.Round((decimal)disclosed / all.Sum(r => r.ResultsTotal), 6), (decimal)applications["results"]!["disclosureRate"]!);
        Assert.Equal(["key", "reports", "flagged", "states", "applications"], group.AsObject().Select(p => p.Key));
        Assert.Equal($$"""{"submitted":{{all.Count}},"accepted":0,"returned":0}""", group["states"]!.ToJsonString());
    }

    [Fact]
    public async Task Applications_by_year_county_and_township_match_independent_sums()
    {
        var byYear = await GroupsAsync(Routes.Rollup("applications", groupBy: "year"));
        Assert.Equal([2019, 2020, 2021], byYear.Select(g => (int)g!["key"]!["year"]!));
        foreach (var group in byYear)
        {
            var year = (int)group!["key"]!["year"]!;
            var reports = fixture.Reports.Where(r => r.Year == year).ToList();
            Assert.Equal(reports.Count, L(group["reports"]));
            Assert.Equal(reports.Sum(r => r.NewlyNP), L(group["applications"]!["newlyReceived"]!["naturalPerson"]));
        }

        var byCounty = await GroupsAsync(Routes.Rollup("applications", groupBy: "county"));
        Assert.Equal(["411321", "411328"], byCounty.Select(g => (string)g!["key"]!["countyCode"]!));
        Assert.Equal(["南召县", "唐河县"], byCounty.Select(g => (string)g!["key"]!["countyName"]!));
        foreach (var group in byCounty)
        {
            var county = (string)group!["key"]!["countyCode"]!;
            var reports = fixture.Reports.Where(r => r.County == county).ToList();
            Assert.Equal(reports.Count, L(group["reports"]));
            Assert.Equal(reports.Sum(r => r.WithheldNP), L(group["applications"]!["results"]!["withheld"]!["stateSecret"]!["naturalPerson"]));
        }

        var byTownship = await GroupsAsync(Routes.Rollup("applications", area: "411328", groupBy: "township,year"));
        var expected = fixture.Reports.Where(r => r.County == "411328").OrderBy(r => r.Year).ThenBy(r => r.Township).ToList();
        Assert.Equal(expected.Select(r => (r.Year, r.Township)),
            byTownship.Select(g => ((int)g!["key"]!["year"]!, (string)g["key"]!["townshipCode"]!)));
        Assert.All(byTownship, g => Assert.Equal(["year", "townshipCode", "townshipName"], g!["key"]!.AsObject().Select(p => p.Key)));
        Assert.Equal("上屯镇", (string)byTownship.First(g => (string)g!["key"]!["townshipCode"]! == "411328110")!["key"]!["townshipName"]!);
        Assert.All(byTownship.Zip(expected), pair =>
            Assert.Equal(pair.Second.CarriedOverNP, L(pair.First!["applications"]!["carriedOver"]!["naturalPerson"])));
    }

    [Fact]
    public async Task Keys_name_each_code_as_the_report_does_with_its_name_beside_it_and_the_year_a_number()
    {
        var group = Assert.Single(await GroupsAsync(Routes.Rollup("publications", area: "411328", year: 2021, groupBy: "province,city,county,year")));

        Assert.Equal(
            """{"year":2021,"provinceCode":"41","provinceName":"河南省","cityCode":"4113","cityName":"南阳市","countyCode":"411328","countyName":"唐河县"}""",
            group!["key"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var csv = (await _client.GetStringAsync(Routes.Rollup("publications", area: "411328", year: 2021, groupBy: "province,city,county,year", format: "csv"))).Split("\r\n");
        Assert.Equal("year,provinceCode,provinceName,cityCode,cityName,countyCode,countyName,reports,flagged,submitted,accepted,returned,section,row,column,value", csv[0]);
        var reports = fixture.Reports.Where(r => r.County == "411328" && r.Year == 2021).ToList();
        Assert.Equal($"2021,41,河南省,4113,南阳市,411328,唐河县,{reports.Count},1,{reports.Count},0,0,publications,,reports,{reports.Count}", csv[1]);
        Assert.Equal($"2021,41,河南省,4113,南阳市,411328,唐河县,{reports.Count},1,{reports.Count},0,0,publications,,policyInterpretations,{reports.Sum(r => r.PolicyInterpretations)}", csv[2]);
    }

    [Fact]
    public async Task Flagged_reports_are_counted_and_can_be_left_out()
    {
        var included = Assert.Single(await GroupsAsync(Routes.Rollup("applications", area: "411328", year: 2021)));
        var excluded = Assert.Single(await GroupsAsync(Routes.Rollup("applications", area: "411328", year: 2021, excludeFlagged: true)));

        var reports = fixture.Reports.Where(r => r.County == "411328" && r.Year == 2021).ToList();
        Assert.Equal(reports.Count, L(included!["reports"]));
        Assert.Equal(1, L(included["flagged"]));
        Assert.Equal(reports.Count - 1, L(excluded!["reports"]));
        Assert.Equal(0, L(excluded["flagged"]));
        // The flagged report is summed as published: its printed 新收 总计 is one more than its columns.
        Assert.Equal(reports.Sum(r => r.NewlyNP + r.NewlyCE) + 1, L(included["applications"]!["newlyReceived"]!["total"]));
        Assert.Equal(reports.Where(r => !r.Flagged).Sum(r => r.NewlyNP + r.NewlyCE), L(excluded["applications"]!["newlyReceived"]!["total"]));
    }

    [Fact]
    public async Task A_correction_counts_once()
    {
        var group = Assert.Single(await GroupsAsync(Routes.Rollup("proactive", area: "411321100", year: 2020)));
        Assert.Equal(1, L(group!["reports"]));
        Assert.Equal(777, L(group["proactiveDisclosure"]!["comparable"]!["licensing"]!["decisions"]));
    }

    [Fact]
    public async Task Review_and_litigation_with_the_correction_rate()
    {
        var groups = await GroupsAsync(Routes.Rollup("review-litigation", groupBy: "county,year"));
        foreach (var group in groups)
        {
            var (county, year) = ((string)group!["key"]!["countyCode"]!, (int)group["key"]!["year"]!);
            var reports = fixture.Reports.Where(r => r.County == county && r.Year == year).ToList();
            var upheld = reports.Sum(r => r.Upheld);
            var corrected = reports.Sum(r => r.Corrected);
            Assert.Equal(upheld, L(group["reviewLitigation"]!["review"]!["upheld"]));
            Assert.Equal(corrected, L(group["reviewLitigation"]!["review"]!["corrected"]));
            Assert.Equal(upheld + corrected, L(group["reviewLitigation"]!["review"]!["total"]));
            // Only review has cases here: its rate and the table's are the same.
            foreach (var rate in new[] { group["reviewLitigation"]!["review"]!["correctionRate"], group["reviewLitigation"]!["correctionRate"] })
            {
                if (upheld + corrected == 0) Assert.Null(rate);
                else Assert.Equal(Math.Round((decimal)corrected / (upheld + corrected), 6, MidpointRounding.AwayFromZero), (decimal)rate!);
            }
            Assert.Null(group["reviewLitigation"]!["litigationDirect"]!["correctionRate"]);
        }
        Assert.Equal(fixture.Reports.Select(r => (r.County, r.Year)).Distinct().Count(), groups.Count);
    }

    [Fact]
    public async Task Proactive_is_summed_per_format_with_exact_amounts_and_comparable_decisions()
    {
        var group = Assert.Single(await GroupsAsync(Routes.Rollup("proactive")));
        var of2019 = fixture.Reports.Where(r => r.Format == "2019").ToList();
        var of2021 = fixture.Reports.Where(r => r.Format == "2021").ToList();

        var proactive = group!["proactiveDisclosure"]!;
        Assert.Equal(of2019.Count, L(proactive["format2019"]!["reports"]));
        Assert.Equal(of2021.Count, L(proactive["format2021"]!["reports"]));
        Assert.Equal(of2019.Sum(r => r.Licensing), L(proactive["format2019"]!["licensing"]!["decisions"]));
        Assert.Equal(fixture.Reports.Sum(r => r.Licensing), L(proactive["comparable"]!["licensing"]!["decisions"]));
        Assert.Equal(fixture.Reports.Sum(r => r.Penalties), L(proactive["comparable"]!["penalties"]!["decisions"]));
        // Amounts: exact decimals of 万元, summed as 分.
        Assert.Equal((of2019.Sum(r => r.AmountFen) / 1_000_000m).ToString(System.Globalization.CultureInfo.InvariantCulture),
            proactive["format2019"]!["procurement"]!["amountWan"]!.ToJsonString());
        Assert.Equal((of2021.Sum(r => r.AmountFen) / 1_000_000m).ToString(System.Globalization.CultureInfo.InvariantCulture),
            proactive["format2021"]!["fees"]!["amountWan"]!.ToJsonString());
    }

    [Fact]
    public async Task Publications_are_summed_per_domain()
    {
        var groups = await GroupsAsync(Routes.Rollup("publications", groupBy: "year"));
        foreach (var group in groups)
        {
            var reports = fixture.Reports.Where(r => r.Year == (int)group!["key"]!["year"]!).ToList();
            Assert.Equal(reports.Count, L(group!["publications"]!["reports"]));
            Assert.Equal(reports.Sum(r => r.PolicyInterpretations), L(group["publications"]!["policyInterpretations"]));
            var keyDomains = group["publications"]!["keyDomains"]!.AsArray();
            Assert.Equal(Disclosure.Domain.Formats.KeyDomains.All.Select(d => d.Id), keyDomains.Select(e => (string)e!["domain"]!));
            Assert.Equal(reports.Sum(r => r.PovertyItems), L(keyDomains.Single(e => (string)e!["domain"]! == "povertyAlleviation")!["items"]));
            Assert.Equal(0, L(keyDomains.Single(e => (string)e!["domain"]! == "education")!["items"]));
            Assert.All(keyDomains, e => Assert.Equal(["domain", "items"], e!.AsObject().Select(p => p.Key)));
        }
    }

    [Fact]
    public async Task Csv_carries_the_same_numbers_as_json()
    {
        var query = Routes.Rollup("applications", area: "41", groupBy: "county,year");
        var json = await GroupsAsync(query);
        var response = await _client.GetAsync(query + "&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,countyCode,countyName,reports,flagged,submitted,accepted,returned,section,row,column,value", lines[0]);

        var fromJson = new List<string>();
        foreach (var group in json)
        {
            var states = group!["states"]!;
            var key = $"{group["key"]!["year"]},{group["key"]!["countyCode"]},{group["key"]!["countyName"]},{group["reports"]},{group["flagged"]},{states["submitted"]},{states["accepted"]},{states["returned"]}";
            Flatten(group["applications"]!, "applications", "", key, fromJson);
        }
        Assert.Equal(fromJson, lines.Skip(1));
        Assert.Contains("2021,411328,唐河县,3,1,3,0,0,applications,results/otherHandling,dividedReports,3", lines);
        Assert.Contains("2020,411328,唐河县,2,0,2,0,0,applications,results/otherHandling,dividedReports,0", lines);

        var viaAccept = new HttpRequestMessage(HttpMethod.Get, query);
        viaAccept.Headers.Accept.ParseAdd("text/csv");
        Assert.Equal(await response.Content.ReadAsStringAsync(), await (await _client.SendAsync(viaAccept)).Content.ReadAsStringAsync());
    }

    /// <summary>One CSV line per number under <paramref name="node"/>: its path below the section is row/column.</summary>
    private static void Flatten(JsonNode node, string section, string row, string key, List<string> lines)
    {
        foreach (var (name, child) in node.AsObject())
        {
            if (child is JsonObject obj)
                Flatten(obj, section, row.Length == 0 ? name : $"{row}/{name}", key, lines);
            else
                lines.Add($"{key},{section},{row},{name},{child?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Answers_carry_an_ETag_and_honour_If_None_Match_and_CORS()
    {
        var first = await _client.GetAsync(Routes.Rollup("applications", groupBy: "year"));
        Assert.NotNull(first.Headers.ETag);

        var again = new HttpRequestMessage(HttpMethod.Get, Routes.Rollup("applications", groupBy: "year"));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        again.Headers.Add("Origin", "https://dashboard.example");
        var notModified = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("*", notModified.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var otherQuery = await _client.GetAsync(Routes.Rollup("applications", groupBy: "county"));
        Assert.NotEqual(first.Headers.ETag, otherQuery.Headers.ETag);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Answers_are_compressed_for_clients_that_accept_it_with_the_same_content(string encoding)
    {
        var query = Routes.Rollup("review-litigation", groupBy: "township,year");
        var plain = await _client.GetByteArrayAsync(query);
        var request = new HttpRequestMessage(HttpMethod.Get, query);
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        var response = await _client.SendAsync(request);

        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        await using var compressed = await response.Content.ReadAsStreamAsync();
        await using Stream decoder = encoding == "gzip"
            ? new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        Assert.Equal(plain, decoded.ToArray());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/api/v1/rollups/applications?area=41x", "area")]
    [InlineData("/api/v1/rollups/applications?groupBy=village", "groupBy")]
    [InlineData("/api/v1/rollups/review-litigation?from=2021&to=2019", "from")]
    [InlineData("/api/v1/rollups/proactive?year=twenty", "year")]
    [InlineData("/api/v1/rollups/publications?format=xml", "format")]
    [InlineData("/api/v1/completeness?area=411328", "year")]
    [InlineData("/api/v1/cells?from=2022&to=2020", "from")]
    public async Task Bad_query_input_gets_400_naming_the_parameter(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Contains(errors, e => (string?)e!["parameter"] == parameter);
    }

    [Fact]
    public async Task Completeness_of_Tanghe_lists_exactly_the_townships_that_did_not_report()
    {
        var response = await _client.GetAsync(Routes.Completeness(area: "411328", year: 2021));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var reported = fixture.Reports.Where(r => r.County == "411328" && r.Year == 2021).Select(r => r.Township).ToHashSet();
        Assert.Equal(24, (int?)body["expected"]);
        Assert.Equal(reported.Count, (int?)body["submitted"]);
        var missing = body["missing"]!.AsArray().Select(m => (string)m!["townshipCode"]!).ToList();
        Assert.Equal(24 - reported.Count, missing.Count);
        Assert.Empty(missing.Intersect(reported));
        Assert.All(missing, code => Assert.StartsWith("411328", code));
        Assert.Equal(missing.Order(StringComparer.Ordinal), missing);
        Assert.Equal(Math.Round(reported.Count / 24m, 6, MidpointRounding.AwayFromZero), (decimal)body["rate"]!);

        var csv = await _client.GetStringAsync(Routes.Completeness(area: "411328", year: 2021, format: "csv"));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(25, lines.Length);
        Assert.Equal(reported.Order(StringComparer.Ordinal), lines.Skip(1).Where(l => l.Split(',')[3] == "true").Select(l => l.Split(',')[1]));
    }

    [Fact]
    public async Task Completeness_of_an_area_with_no_township_has_null_rates()
    {
        var body = JsonNode.Parse(await _client.GetStringAsync(Routes.Completeness(area: "99", year: 2021)))!;
        Assert.Equal(0, (int?)body["expected"]);
        Assert.Null(body["rate"]);
        Assert.True(body.AsObject().ContainsKey("rate"));
    }

    [Fact]
    public async Task Cells_list_every_stored_cell_tidy()
    {
        var report = fixture.Reports.First(r => r.Township == "411328110" && r.Year == 2020);
        var json = JsonNode.Parse(await _client.GetStringAsync(Routes.Cells(area: "411328110", year: 2020)))!;
        var cells = json["cells"]!.AsArray();
        Assert.Equal((long)cells.Count, L(json["count"]));
        Assert.All(cells, c => Assert.Equal("411328110", (string?)c!["townshipCode"]));
        var newlyNP = cells.Single(c => (string)c!["section"]! == "applications" && (string)c["row"]! == "newlyReceived" && (string)c["column"]! == "naturalPerson");
        Assert.Equal(report.NewlyNP, L(newlyNP!["value"]));

        var csv = (await _client.GetStringAsync(Routes.Cells(area: "411328110", year: 2020, format: "csv"))).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("townshipCode,year,format,flagged,section,row,column,value", csv[0]);
        Assert.Equal(cells.Count, csv.Length - 1);
        Assert.Contains($"411328110,2020,2019,false,applications,newlyReceived,naturalPerson,{report.NewlyNP}", csv);
        Assert.Contains($"411328110,2020,2019,false,proactiveDisclosure,procurement,amountWan,{(report.AmountFen / 1_000_000m).ToString(System.Globalization.CultureInfo.InvariantCulture)}", csv);
    }
}
