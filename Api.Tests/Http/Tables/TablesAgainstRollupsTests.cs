using System.Globalization;
using System.Text.Json.Nodes;
using static Disclosure.Api.Tests.Http.Tables.TablesJsonReading;

namespace Disclosure.Api.Tests.Http.Tables;

/// <summary>The county's printed tables and the rollups are the same sums: tables 三 and 四, cell by cell.</summary>
public sealed class TablesAgainstRollupsTests(TablesFixture fixture) : IClassFixture<TablesFixture>
{
    private readonly HttpClient _client = fixture.Service.CreateClient();

    [Theory]
    [InlineData("411328", 2021)]
    [InlineData("41", 2021)]
    [InlineData("411328", 2020)]
    public async Task Tables_three_and_four_equal_the_rollups_of_the_same_area_and_year(string area, int year)
    {
        var tables = JsonNode.Parse(await _client.GetStringAsync(Routes.Tables(area: area, year: year)))!;
        var applications = JsonNode.Parse(await _client.GetStringAsync(Routes.Rollup("applications", area: area, year: year)))!["groups"]![0]!;
        var review = JsonNode.Parse(await _client.GetStringAsync(Routes.Rollup("review-litigation", area: area, year: year)))!["groups"]![0]!;

        // A figure of the tables summed over the formats present; the rollups sum across formats.
        var printed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var set in tables["formats"]!.AsArray())
        foreach (var (pointer, value) in Figures(set!))
            printed[pointer] = printed.GetValueOrDefault(pointer) + decimal.Parse(value, CultureInfo.InvariantCulture);

        var compared = 0;
        foreach (var (pointer, value) in printed)
        {
            // Row （六） undivided is printed on its own; the rollups' （六） row holds every report's （六）.
            var segments = pointer[1..].Split('/');
            if (segments is ["applications", "results", "otherHandling", _]) continue;
            var group = segments[0] switch { "applications" => applications, "reviewLitigation" => review, _ => null };
            if (group is null) continue;
            JsonNode? node = group;
            foreach (var segment in segments) node = node?[segment];
            Assert.True(node is not null, $"{pointer} is not in the rollup");
            Assert.True(decimal.Parse(node!.ToJsonString(), CultureInfo.InvariantCulture) == value, $"{pointer}: tables {value}, rollup {node.ToJsonString()}");
            compared++;
        }
        // Every row of table 三 but （六） (22 rows of 7 columns), and the 15 figures of table 四.
        Assert.True(compared >= 22 * 7 + 15, $"only {compared} figures compared");
        Assert.Equal(fixture.In(area, year).Count(), (long)applications["reports"]!);
    }
}
