using System.Text.Json.Nodes;
using Disclosure.Api.Features.Rollups;
using Disclosure.Api.Reads;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Rollups;
using Disclosure.Domain.Tests.Rollups;
using Disclosure.Persistence;

namespace Disclosure.Api.Tests.Rollups;

/// <summary>
/// A page large enough to be written in chunks on several threads comes out as one answer: every group once, in
/// order, with its own figures, in JSON and in CSV alike.
/// </summary>
public sealed class RollupWriterTests
{
    private static readonly DivisionRegistry Registry = DivisionsCsv.Load(Path.Combine(AppContext.BaseDirectory, "Data", "divisions"));
    private static readonly RollupFilter ByYearAndTownship = new("41", 2020, 2021, [GroupLevel.Year, GroupLevel.Township], ExcludeFlagged: false);

    /// <summary>Groups whose every cell is different, so that a group written in the wrong place or twice shows.</summary>
    private static List<RollupGroup> Groups(int count)
    {
        var townships = Registry.TownshipsUnder("41")[..count].ToArray();
        var format = ReportFormats.Format2021;
        return [.. townships.Select((township, i) =>
        {
            var sums = Enumerable.Range(0, format.Cells.Count).Select(cell => (long)(i * 1000 + cell)).ToArray();
            return new RollupGroup(new RollupKey(2021, null, null, null, township.Code), 1, i % 2,
                new Dictionary<string, FormatSums> { [format.Id] = new(1, i % 2, sums, new ReviewStateCounts(1, 0, 0)) });
        })];
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(501)]
    public void Json_has_every_group_once_in_order_with_its_own_figures(int count)
    {
        var groups = Groups(count);
        var page = new RollupPage(groups, null);

        var bytes = new RollupWriter(Registry).Write(Representation.Json, ByYearAndTownship, new GroupPage(600, null), page, RollupShapes.Applications, next: null);

        var json = JsonNode.Parse(bytes)!;
        var written = json["groups"]!.AsArray();
        Assert.Equal(count, written.Count);
        Assert.Null(json["next"]);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(groups[i].Key.Township, (string?)written[i]!["key"]!["townshipCode"]);
            Assert.Equal(i % 2, (long)written[i]!["flagged"]!);
            var expected = RollupShapes.Applications.Tidy(groups[i]).Single(v => v.Row == "newlyReceived" && v.Column == "naturalPerson");
            Assert.Equal(expected.Value.Text, written[i]!["applications"]!["newlyReceived"]!["naturalPerson"]!.ToJsonString());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public void Csv_has_a_header_then_every_figure_of_every_group_in_order(int count)
    {
        var groups = Groups(count);

        var text = System.Text.Encoding.UTF8.GetString(new RollupWriter(Registry).Write(
            Representation.Csv, ByYearAndTownship, new GroupPage(600, null), new RollupPage(groups, null), RollupShapes.ReviewLitigation, next: null));

        var lines = text.Split("\r\n");
        Assert.Equal("", lines[^1]);
        Assert.Equal("year,townshipCode,townshipName,reports,flagged,submitted,accepted,returned,section,row,column,value", lines[0]);
        var figures = RollupShapes.ReviewLitigation.Figures.Count;
        Assert.Equal(1 + count * figures, lines.Length - 1);
        for (var i = 0; i < count; i++)
        {
            var first = 1 + i * figures;
            var name = Registry.Find(groups[i].Key.Township!)!.Name;
            var tidy = RollupShapes.ReviewLitigation.Tidy(groups[i]);
            for (var f = 0; f < figures; f++)
                Assert.Equal($"2021,{groups[i].Key.Township},{name},1,{i % 2},1,0,0,{tidy[f].Section},{tidy[f].Row},{tidy[f].Column},{tidy[f].Value.Text}", lines[first + f]);
        }
    }
}
