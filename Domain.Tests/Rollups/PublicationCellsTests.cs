using System.Text.Json.Nodes;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Tests.Rollups;

public class PublicationCellsTests
{
    private static long Cell(Report report, string rowAndColumn) => report[report.Format.Cell($"/publications/{rowAndColumn}")];

    [Fact]
    public void The_reader_fills_the_publications_cells_of_the_seed()
    {
        var report = Samples.Read(Samples.Shangtun2020);

        Assert.Equal(26, Cell(report, "policyInterpretations/count"));
        Assert.Equal(186, Cell(report, "keyDomains/povertyAlleviation"));
        Assert.Equal(42, Cell(report, "keyDomains/majorProjects"));
        Assert.Equal(0, Cell(report, "keyDomains/fiscalBudget"));
        Assert.Equal(0, Cell(report, "keyDomains/other"));
        Assert.Equal(1, Cell(report, "reported/reports"));
        Assert.Equal(26 + 186 + 42 + 1, report.Values.Sum() - report.Values[..^16].Sum());
    }

    [Fact]
    public void Every_other_entry_is_added_up_and_an_unstated_count_is_zero()
    {
        var json = Samples.Changed(Samples.Township2021, node =>
        {
            var publications = node["publications"]!.AsObject();
            publications.Remove("policyInterpretations");
            publications["keyDomains"]!.AsArray().Add(new JsonObject { ["domain"] = "other", ["items"] = 7, ["label"] = "村务公开" });
        });
        var report = Samples.Read(json);

        Assert.Equal(0, Cell(report, "policyInterpretations/count"));
        Assert.Equal(12, Cell(report, "keyDomains/fiscalBudget"));
        Assert.Equal(46, Cell(report, "keyDomains/povertyAlleviation"));
        Assert.Equal(5 + 7, Cell(report, "keyDomains/other"));
        Assert.Equal(1, Cell(report, "reported/reports"));
    }

    [Fact]
    public void A_report_without_publications_has_zeros_and_is_not_counted_as_reporting_them()
    {
        var report = Samples.Read(Samples.Changed(Samples.Township2021, node => node.Remove("publications")));

        Assert.All(report.Format.Cells.Where(c => c.Derived), c => Assert.Equal(0, report[c]));
    }

    [Theory]
    [InlineData("shangtun-2020.json")]
    [InlineData("township-2021.json")]
    public void Derived_cells_never_reach_the_json(string sample)
    {
        var written = JsonNode.Parse(ReportJson.ToUtf8Bytes(Samples.Read(Samples.Bytes(sample))))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Samples.Bytes(sample))!["publications"], written["publications"]));
        Assert.DoesNotContain("reported", written.ToJsonString());
        Assert.DoesNotContain("\"count\"", written.ToJsonString());
    }
}
