using Disclosure.Domain.Formats;
using Disclosure.Domain.Rollups;

namespace Disclosure.Domain.Tests.Rollups;

public class RollupShapesTests
{
    private static readonly ReportFormat F2019 = ReportFormats.Format2019;
    private static readonly ReportFormat F2021 = ReportFormats.Format2021;

    /// <summary>Sums of one format with the given cells set and every other cell 0.</summary>
    private static FormatSums Sums(ReportFormat format, long reports, params (string Pointer, long Value)[] cells)
    {
        var sums = new long[format.Cells.Count];
        foreach (var (pointer, value) in cells) sums[format.Cell(pointer).Index] = value;
        return new FormatSums(reports, 0, sums, new ReviewStateCounts(reports, 0, 0));
    }

    private static RollupGroup Group(FormatSums? sums2019, FormatSums? sums2021)
    {
        var byFormat = new Dictionary<string, FormatSums>();
        if (sums2019 is not null) byFormat["2019"] = sums2019;
        if (sums2021 is not null) byFormat["2021"] = sums2021;
        return new RollupGroup(RollupKey.GrandTotal, byFormat.Values.Sum(s => s.Reports), 0, byFormat);
    }

    private static Dictionary<string, string?> Texts(IReadOnlyList<TidyValue> values) =>
        values.ToDictionary(v => $"{v.Section}|{v.Row}|{v.Column}", v => v.Value.Text);

    [Fact]
    public void Row_six_of_both_formats_rolls_into_one_row_with_the_2021_sub_rows_inside_and_the_reports_they_cover()
    {
        var group = Group(
            Sums(F2019, 2,
                ("/applications/results/otherHandling/naturalPerson", 2),
                ("/applications/results/otherHandling/total", 3),
                ("/applications/results/disclosed/total", 5),
                ("/applications/results/total/total", 10),
                ("/applications/newlyReceived/commercialEnterprise", 4)),
            Sums(F2021, 3,
                ("/applications/results/otherHandling/naturalPerson", 6),
                ("/applications/results/otherHandling/total", 7),
                ("/applications/results/otherHandling/undividedReports", 1),
                ("/applications/results/otherHandling/overdueCorrection/naturalPerson", 1),
                ("/applications/results/otherHandling/overdueCorrection/total", 1),
                ("/applications/results/otherHandling/overdueFee/total", 4),
                ("/applications/results/otherHandling/other/total", 5),
                ("/applications/results/partiallyDisclosed/total", 2),
                ("/applications/results/total/total", 18),
                ("/applications/newlyReceived/commercialEnterprise", 6)));

        var values = RollupShapes.Applications.Tidy(group);
        var texts = Texts(values);

        // 23 rows of 2019 and the three 2021 sub-rows: 26 rows × 7 columns, the reports the sub-rows cover, and the rate.
        Assert.Equal(26 * 7 + 2, values.Count);
        // 2019's row, 2021's undivided row and 2021's sub-rows.
        Assert.Equal("9", texts["applications|results/otherHandling|naturalPerson"]);
        Assert.Equal("20", texts["applications|results/otherHandling|total"]);
        // Three 2021 reports, one of them printing （六） undivided.
        Assert.Equal("2", texts["applications|results/otherHandling|dividedReports"]);
        Assert.Equal("1", texts["applications|results/otherHandling/overdueCorrection|total"]);
        Assert.Equal("4", texts["applications|results/otherHandling/overdueFee|total"]);
        Assert.Equal("5", texts["applications|results/otherHandling/other|total"]);
        Assert.Equal("0", texts["applications|results/otherHandling/other|naturalPerson"]);
        Assert.DoesNotContain(texts.Keys, k => k.Contains("otherHandling/total", StringComparison.Ordinal));
        Assert.Equal("10", texts["applications|newlyReceived|commercialEnterprise"]);
        Assert.Equal("28", texts["applications|results/total|total"]);
        Assert.Equal("0.25", texts["applications|results|disclosureRate"]); // (5 + 2) / 28
        Assert.Equal(
            ["newlyReceived", "carriedOver", "results/disclosed"],
            values.Select(v => v.Row).Distinct().Take(3));
        Assert.Equal(
            ["results/notProcessed/confirmationOrReissue", "results/otherHandling", "results/otherHandling/overdueCorrection",
             "results/otherHandling/overdueFee", "results/otherHandling/other", "results/otherHandling", "results/total", "results", "carriedForward"],
            values.Select(v => v.Row).Where((row, i) => i == 0 || values[i - 1].Row != row).Skip(19));
    }

    [Fact]
    public void A_group_without_applications_has_zeros_and_no_disclosure_rate()
    {
        var values = RollupShapes.Applications.Tidy(Group(Sums(F2019, 1), null));

        var rate = values.Single(v => v.Column == "disclosureRate");
        Assert.All(values.Where(v => v != rate), v => Assert.Equal(new RollupValue.Count(0), v.Value));
        Assert.Equal(new TidyValue("applications", "results", "disclosureRate", new RollupValue.Rate(null)), rate);
        Assert.Null(rate.Value.Text);
    }

    [Fact]
    public void Review_and_litigation_are_summed_with_correction_rates()
    {
        var group = Group(
            Sums(F2019, 1,
                ("/reviewLitigation/review/upheld", 1), ("/reviewLitigation/review/corrected", 1),
                ("/reviewLitigation/review/pending", 1), ("/reviewLitigation/review/total", 3)),
            Sums(F2021, 1,
                ("/reviewLitigation/review/other", 2), ("/reviewLitigation/review/total", 2),
                ("/reviewLitigation/litigationDirect/upheld", 3), ("/reviewLitigation/litigationDirect/total", 3)));

        var values = RollupShapes.ReviewLitigation.Tidy(group);
        var texts = Texts(values);

        Assert.Equal(3 * (5 + 1) + 1, values.Count);
        Assert.Equal("5", texts["reviewLitigation|review|total"]);
        Assert.Equal("2", texts["reviewLitigation|review|other"]);
        Assert.Equal("3", texts["reviewLitigation|litigationDirect|upheld"]);
        Assert.Equal("0", texts["reviewLitigation|litigationAfterReview|total"]);
        Assert.Equal("0.142857", texts["reviewLitigation||correctionRate"]);      // 1 / (1 + 1 + 2 + 3)
        Assert.Equal("0.25", texts["reviewLitigation|review|correctionRate"]);    // 1 / (1 + 1 + 2); pending left out
        Assert.Equal("0", texts["reviewLitigation|litigationDirect|correctionRate"]);
        Assert.Null(texts["reviewLitigation|litigationAfterReview|correctionRate"]);
        // Each row's rate beside its figures, the table's last.
        Assert.Equal(
            ["review", "litigationDirect", "litigationAfterReview", ""],
            values.Where(v => v.Column == "correctionRate").Select(v => v.Row));
        Assert.Equal("correctionRate", values[5].Column);
    }

    [Fact]
    public void Proactive_disclosure_is_summed_per_format_with_the_comparable_decisions()
    {
        var group = Group(
            Sums(F2019, 2,
                ("/proactiveDisclosure/licensing/decisions", 10),
                ("/proactiveDisclosure/penalties/change", -18),
                ("/proactiveDisclosure/procurement/amountWan", 1_500_000)),
            Sums(F2021, 3,
                ("/proactiveDisclosure/licensing/decisions", 15),
                ("/proactiveDisclosure/coercion/decisions", 2),
                ("/proactiveDisclosure/fees/amountWan", 24_252_311_082)) with { States = new ReviewStateCounts(Submitted: 1, Accepted: 0, Returned: 2) });

        var values = RollupShapes.Proactive.Tidy(group);
        var texts = Texts(values);

        Assert.Equal(1 + 3 + 22 + 1 + 3 + 10 + 3, values.Count);
        Assert.Equal(["2", "0", "0"], new[] { "submitted", "accepted", "returned" }.Select(s => texts[$"proactiveDisclosure|format2019/states|{s}"]));
        Assert.Equal(["1", "0", "2"], new[] { "submitted", "accepted", "returned" }.Select(s => texts[$"proactiveDisclosure|format2021/states|{s}"]));
        Assert.All(values, v => Assert.Equal("proactiveDisclosure", v.Section));
        Assert.Equal("2", texts["proactiveDisclosure|format2019|reports"]);
        Assert.Equal("3", texts["proactiveDisclosure|format2021|reports"]);
        Assert.Equal("-18", texts["proactiveDisclosure|format2019/penalties|change"]);
        Assert.Equal(new RollupValue.Amount(1_500_000), values.Single(v => v.Row == "format2019/procurement" && v.Column == "amountWan").Value);
        Assert.Equal("1.5", texts["proactiveDisclosure|format2019/procurement|amountWan"]);
        Assert.Equal("24252.311082", texts["proactiveDisclosure|format2021/fees|amountWan"]);
        Assert.Equal("25", texts["proactiveDisclosure|comparable/licensing|decisions"]);
        Assert.Equal("0", texts["proactiveDisclosure|comparable/penalties|decisions"]);
        Assert.Equal("2", texts["proactiveDisclosure|comparable/coercion|decisions"]);
        Assert.DoesNotContain("proactiveDisclosure|format2021/otherServices|decisions", texts.Keys);
    }

    [Fact]
    public void A_format_missing_from_the_group_counts_zero_reports()
    {
        var texts = Texts(RollupShapes.Proactive.Tidy(Group(null, Sums(F2021, 1, ("/proactiveDisclosure/licensing/decisions", 4)))));

        Assert.Equal("0", texts["proactiveDisclosure|format2019|reports"]);
        Assert.Equal("0", texts["proactiveDisclosure|format2019/licensing|decisions"]);
        Assert.Equal("4", texts["proactiveDisclosure|comparable/licensing|decisions"]);
    }

    [Fact]
    public void Publications_are_summed_per_key_domain()
    {
        var group = Group(
            Sums(F2019, 3,
                ("/publications/policyInterpretations/count", 26),
                ("/publications/keyDomains/povertyAlleviation", 186),
                ("/publications/keyDomains/other", 5),
                ("/publications/reported/reports", 1)),
            Sums(F2021, 2,
                ("/publications/policyInterpretations/count", 8),
                ("/publications/keyDomains/other", 7),
                ("/publications/reported/reports", 2)));

        var values = RollupShapes.Publications.Tidy(group);
        var texts = Texts(values);

        Assert.Equal(16, values.Count);
        Assert.Equal("34", texts["publications||policyInterpretations"]);
        Assert.Equal("186", texts["publications|keyDomains|povertyAlleviation"]);
        Assert.Equal("12", texts["publications|keyDomains|other"]);
        Assert.Equal("0", texts["publications|keyDomains|fiscalBudget"]);
        Assert.Equal("3", texts["publications||reports"]);
        Assert.DoesNotContain(texts.Keys, k => k.Contains("reported", StringComparison.Ordinal) || k.EndsWith("|count", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 4, "0.25")]
    [InlineData(2, 3, "0.666667")]
    [InlineData(5, 5, "1")]
    [InlineData(0, 5, "0")]
    [InlineData(1, 2_000_000, "0.000001")]   // 0.0000005: half away from zero, not to even
    [InlineData(5, 2_000_000, "0.000003")]   // 0.0000025
    [InlineData(7, 3, "2.333333")]
    [InlineData(0, 0, null)]
    [InlineData(4, 0, null)]
    public void Rates_are_fractions_rounded_to_six_decimals_half_away_from_zero(long numerator, long denominator, string? text)
    {
        Assert.Equal(text, RollupValue.Rate.Of(numerator, denominator).Text);
    }

    [Fact]
    public void Sums_overflowing_64_bits_throw_rather_than_wrap()
    {
        var group = Group(
            Sums(F2019, 1, ("/proactiveDisclosure/licensing/decisions", long.MaxValue)),
            Sums(F2021, 1, ("/proactiveDisclosure/licensing/decisions", 1)));

        Assert.Throws<OverflowException>(() => RollupShapes.Proactive.Tidy(group));
    }
}
