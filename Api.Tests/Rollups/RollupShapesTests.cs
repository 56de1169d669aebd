using Disclosure.Domain.Formats;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Tests.Rollups;

public class RollupShapesTests
{
    private static readonly ReportFormat F2019 = ReportFormats.Format2019;
    private static readonly ReportFormat F2021 = ReportFormats.Format2021;

    /// <summary>Sums of one format with the given cells set and every other cell 0.</summary>
    private static FormatSums Sums(ReportFormat format, long reports, params (string Pointer, long Value)[] cells)
    {
        var sums = new long[format.Cells.Count];
        foreach (var (pointer, value) in cells) sums[format.Cell(pointer).Index] = value;
        return new FormatSums(reports, 0, sums);
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
    public void Row_six_of_both_formats_rolls_into_one_total_and_the_2021_sub_rows_are_kept()
    {
        var group = Group(
            Sums(F2019, 2,
                ("/applications/results/otherHandling/naturalPerson", 2),
                ("/applications/results/otherHandling/total", 3),
                ("/applications/results/disclosed/total", 5),
                ("/applications/results/total/total", 10),
                ("/applications/newlyReceived/commercialEnterprise", 4)),
            Sums(F2021, 1,
                ("/applications/results/otherHandling/overdueCorrection/naturalPerson", 1),
                ("/applications/results/otherHandling/overdueCorrection/total", 1),
                ("/applications/results/otherHandling/overdueFee/total", 4),
                ("/applications/results/otherHandling/other/total", 5),
                ("/applications/results/partiallyDisclosed/total", 2),
                ("/applications/results/total/total", 11),
                ("/applications/newlyReceived/commercialEnterprise", 6)));

        var values = RollupShapes.Applications.Tidy(group);
        var texts = Texts(values);

        // 23 rows of 2019, row （六） becoming a total and the three 2021 sub-rows: 26 rows × 7 columns, and the rate.
        Assert.Equal(26 * 7 + 1, values.Count);
        Assert.Equal("3", texts["applications|results/otherHandling/total|naturalPerson"]);
        Assert.Equal("13", texts["applications|results/otherHandling/total|total"]);
        Assert.Equal("1", texts["applications|results/otherHandling/overdueCorrection|total"]);
        Assert.Equal("4", texts["applications|results/otherHandling/overdueFee|total"]);
        Assert.Equal("5", texts["applications|results/otherHandling/other|total"]);
        Assert.Equal("0", texts["applications|results/otherHandling/other|naturalPerson"]);
        Assert.DoesNotContain("applications|results/otherHandling|total", texts.Keys);
        Assert.Equal("10", texts["applications|newlyReceived|commercialEnterprise"]);
        Assert.Equal("21", texts["applications|results/total|total"]);
        Assert.Equal("0.333333", texts["rates|disclosureRate|value"]); // (5 + 2) / 21
        Assert.Equal(
            ["newlyReceived", "carriedOver", "results/disclosed"],
            values.Select(v => v.Row).Distinct().Take(3));
        Assert.Equal(
            ["results/notProcessed/confirmationOrReissue", "results/otherHandling/total", "results/otherHandling/overdueCorrection",
             "results/otherHandling/overdueFee", "results/otherHandling/other", "results/total", "carriedForward", "disclosureRate"],
            values.Select(v => v.Row).Distinct().Skip(19));
    }

    [Fact]
    public void A_group_without_applications_has_zeros_and_no_disclosure_rate()
    {
        var values = RollupShapes.Applications.Tidy(Group(Sums(F2019, 1), null));

        Assert.All(values.SkipLast(1), v => Assert.Equal(new RollupValue.Count(0), v.Value));
        Assert.Equal(new TidyValue("rates", "disclosureRate", "value", new RollupValue.Rate(null)), values[^1]);
        Assert.Null(values[^1].Value.Text);
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

        Assert.Equal(15 + 4, values.Count);
        Assert.Equal("5", texts["reviewLitigation|review|total"]);
        Assert.Equal("2", texts["reviewLitigation|review|other"]);
        Assert.Equal("3", texts["reviewLitigation|litigationDirect|upheld"]);
        Assert.Equal("0", texts["reviewLitigation|litigationAfterReview|total"]);
        Assert.Equal("0.142857", texts["rates|correctionRate|value"]);      // 1 / (1 + 1 + 2 + 3)
        Assert.Equal("0.25", texts["rates|reviewCorrectionRate|value"]);    // 1 / (1 + 1 + 2); pending left out
        Assert.Equal("0", texts["rates|litigationDirectCorrectionRate|value"]);
        Assert.Null(texts["rates|litigationAfterReviewCorrectionRate|value"]);
        Assert.Equal(
            ["correctionRate", "reviewCorrectionRate", "litigationDirectCorrectionRate", "litigationAfterReviewCorrectionRate"],
            values.Where(v => v.Section == "rates").Select(v => v.Row));
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
                ("/proactiveDisclosure/fees/amountWan", 24_252_311_082)));

        var values = RollupShapes.Proactive.Tidy(group);
        var texts = Texts(values);

        Assert.Equal(1 + 22 + 1 + 10 + 3, values.Count);
        Assert.Equal("2", texts["format2019|reports|count"]);
        Assert.Equal("3", texts["format2021|reports|count"]);
        Assert.Equal("-18", texts["format2019|penalties|change"]);
        Assert.Equal(new RollupValue.Amount(1_500_000), values.Single(v => v.Section == "format2019" && v.Row == "procurement" && v.Column == "amountWan").Value);
        Assert.Equal("1.5", texts["format2019|procurement|amountWan"]);
        Assert.Equal("24252.311082", texts["format2021|fees|amountWan"]);
        Assert.Equal("25", texts["comparable|licensing|decisions"]);
        Assert.Equal("0", texts["comparable|penalties|decisions"]);
        Assert.Equal("2", texts["comparable|coercion|decisions"]);
        Assert.DoesNotContain("format2021|otherServices|decisions", texts.Keys);
    }

    [Fact]
    public void A_format_missing_from_the_group_counts_zero_reports()
    {
        var texts = Texts(RollupShapes.Proactive.Tidy(Group(null, Sums(F2021, 1, ("/proactiveDisclosure/licensing/decisions", 4)))));

        Assert.Equal("0", texts["format2019|reports|count"]);
        Assert.Equal("0", texts["format2019|licensing|decisions"]);
        Assert.Equal("4", texts["comparable|licensing|decisions"]);
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
        Assert.Equal("34", texts["publications|policyInterpretations|count"]);
        Assert.Equal("186", texts["publications|keyDomains|povertyAlleviation"]);
        Assert.Equal("12", texts["publications|keyDomains|other"]);
        Assert.Equal("0", texts["publications|keyDomains|fiscalBudget"]);
        Assert.Equal("3", texts["publications|reported|reports"]);
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
