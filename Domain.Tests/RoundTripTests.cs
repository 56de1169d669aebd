using System.Text.Json.Nodes;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Tests;

public class RoundTripTests
{
    [Fact]
    public void The_seed_reads_without_errors()
    {
        var report = Samples.Read(Samples.Shangtun2020);

        Assert.Equal("411328110", report.TownshipCode);
        Assert.Equal(2020, report.Year);
        Assert.Same(ReportFormats.Format2019, report.Format);
        Assert.Equal(47, report[report.Format.Cell("/proactiveDisclosure/otherServices/change")]);
        Assert.Equal(200, report[report.Format.Cell("/proactiveDisclosure/otherServices/decisions")]);
        Assert.Equal(26, report.Publications!.PolicyInterpretations);
        Assert.Equal(
            [new KeyDomainItems("povertyAlleviation", 186, "扶贫领域资金、环保等重点领域信息"),
             new KeyDomainItems("majorProjects", 42, "重大建设项目批准和实施、公共资源配置、社会公益事业建设等领域信息")],
            report.Publications.KeyDomains);
        Assert.Equal("无", report.Narrative!.OtherMatters);
        Assert.Empty(report.AcknowledgedRules);
    }

    [Theory]
    [InlineData("shangtun-2020.json")]
    [InlineData("township-2021.json")]
    public void A_sample_writes_back_as_it_was_sent(string sample)
    {
        var json = Samples.Bytes(sample);
        var written = ReportJson.ToUtf8Bytes(Samples.Read(json));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)));
    }

    [Fact]
    public void The_2021_sample_holds_its_figures_exactly()
    {
        var report = Samples.Read(Samples.Township2021);
        var format = ReportFormats.Format2021;

        Assert.Same(format, report.Format);
        Assert.Equal(36_812_500, report[format.Cell("/proactiveDisclosure/fees/amountWan")]);
        Assert.Equal(21, report[format.Cell("/applications/results/total/total")]);
        Assert.Equal(1, report[format.Cell("/applications/results/otherHandling/overdueFee/otherOrganization")]);
        Assert.Equal(3, report[format.Cell("/reviewLitigation/review/total")]);
    }

    [Fact]
    public void The_content_hash_is_stable_and_ignores_layout()
    {
        var report = Samples.Read(Samples.Shangtun2020);
        var compact = Samples.Read(Samples.Utf8(Samples.Node(Samples.Shangtun2020)));

        // The canonical bytes are the compact contract JSON, UTF-8, CJK unescaped; a change here breaks stored hashes.
        Assert.Equal("344918a390038811ab12ff2ff81f98d91e5bfc6f85010516aa832e84fc716164", ReportJson.ContentHash(report));
        Assert.Equal(ReportJson.ContentHash(report), ReportJson.ContentHash(Samples.Read(Samples.Shangtun2020)));
        Assert.Equal(ReportJson.ContentHash(report), ReportJson.ContentHash(compact));
        Assert.NotEqual(ReportJson.ContentHash(report), ReportJson.ContentHash(Samples.Read(Samples.Township2021)));
    }

    [Fact]
    public void Omitted_totals_are_derived_and_written()
    {
        var json = Samples.Changed(Samples.Township2021, node =>
        {
            var applications = node["applications"]!.AsObject();
            applications["results"]!.AsObject().Remove("total");
            applications["newlyReceived"]!.AsObject().Remove("total");
            applications["carriedForward"]!.AsObject().Remove("total");
            node["reviewLitigation"]!["review"]!.AsObject().Remove("total");
        });
        var report = Samples.Read(json);
        var format = report.Format;

        Assert.Equal(17, report[format.Cell("/applications/results/total/naturalPerson")]);
        Assert.Equal(2, report[format.Cell("/applications/results/total/commercialEnterprise")]);
        Assert.Equal(21, report[format.Cell("/applications/results/total/total")]);
        Assert.Equal(20, report[format.Cell("/applications/newlyReceived/total")]);
        Assert.Equal(1, report[format.Cell("/applications/carriedForward/total")]);
        Assert.Equal(3, report[format.Cell("/reviewLitigation/review/total")]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Samples.Township2021), JsonNode.Parse(ReportJson.ToUtf8Bytes(report))));
    }

    [Fact]
    public void A_present_total_is_kept_as_submitted()
    {
        var json = Samples.Changed(Samples.Township2021, node => node["applications"]!["newlyReceived"]!["total"] = 99);
        var report = Samples.Read(json);

        Assert.Equal(99, report[report.Format.Cell("/applications/newlyReceived/total")]);
    }

    [Theory]
    [InlineData(24252311082, "24252.311082")]
    [InlineData(0, "0")]
    [InlineData(9116360000, "9116.36")]
    [InlineData(1, "0.000001")]
    [InlineData(4068208000, "4068.208")]
    [InlineData(-1500000, "-1.5")]
    public void Amounts_are_written_exactly_in_wan(long fen, string text)
    {
        Assert.Equal(text, Amounts.FenToWanText(fen));
    }

    [Theory]
    [InlineData("24252.311082", 24252311082)]
    [InlineData("9116.36", 9116360000)]
    [InlineData("1.1200000", 1120000)]
    [InlineData("2.5e3", 2500000000)]
    [InlineData("0", 0)]
    public void Amounts_are_read_exactly_into_fen(string text, long fen)
    {
        var json = Samples.Utf8(Samples.Node(Samples.Township2021).ToJsonString().Replace("36.8125", text));
        var report = Samples.Read(json);

        Assert.Equal(fen, report[report.Format.Cell("/proactiveDisclosure/fees/amountWan")]);
    }
}
