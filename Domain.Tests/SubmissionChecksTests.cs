using System.Text.Json.Nodes;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Tests;

public class SubmissionChecksTests
{
    private const int CurrentYear = 2025;

    private static SubmissionOutcome Evaluate(byte[] json, Report? previousYear = null) =>
        SubmissionChecks.Evaluate(Samples.Read(json), Samples.Registry, previousYear, new DateOnly(CurrentYear, 12, 2));

    private static byte[] Seed(Action<JsonObject> change) => Samples.Changed(Samples.Shangtun2020, change);

    private static byte[] Sample2021(Action<JsonObject> change) => Samples.Changed(Samples.Township2021, change);

    private static JsonNode At(JsonObject report, string path)
    {
        JsonNode node = report;
        foreach (var segment in path.Split('/')) node = node[segment]!;
        return node;
    }

    private static (string Rule, string Pointer, long? Expected, long? Actual)[] RejectedIdentities(SubmissionOutcome outcome) =>
        [.. outcome.Rejections.Select(p =>
        {
            Assert.Equal("identity-violated", p.Code);
            return (p.Rule!, p.Pointer, p.Expected, p.Actual);
        })];

    [Fact]
    public void The_samples_are_accepted_without_warnings()
    {
        foreach (var sample in new[] { Samples.Shangtun2020, Samples.Township2021 })
        {
            var outcome = Evaluate(sample);
            Assert.True(outcome.Accepted);
            Assert.False(outcome.Flagged);
            Assert.Empty(outcome.Rejections);
            Assert.Empty(outcome.Violations);
            Assert.Empty(outcome.Warnings);
        }
    }

    [Theory]
    [InlineData("2021-01-01", true)]
    [InlineData("2020-12-31", false)]    // before the year reported on ended
    [InlineData("2025-12-03", true)]     // tomorrow: a township east of UTC may already be there
    [InlineData("2025-12-04", false)]    // the future
    public void A_publication_date_falls_after_the_year_reported_on_and_not_after_today(string publishedAt, bool accepted)
    {
        var outcome = Evaluate(Seed(r => r["publishedAt"] = publishedAt));
        Assert.Equal(accepted, outcome.Accepted);
        if (!accepted)
            Assert.Equal(("publication-date-out-of-range", "/publishedAt"), Assert.Single(outcome.Rejections.Select(p => (p.Code, p.Pointer))));
    }

    [Fact]
    public void A1_broken_is_rejected_with_expected_and_actual()
    {
        var json = Sample2021(r =>
        {
            At(r, "applications/carriedForward")["naturalPerson"] = 2;
            At(r, "applications/carriedForward")["total"] = 2;
        });
        var outcome = Evaluate(json);

        Assert.False(outcome.Accepted);
        Assert.Equal(
            [("A1", "/applications/carriedForward/naturalPerson", 1, 2), ("A1", "/applications/carriedForward/total", 1, 2)],
            RejectedIdentities(outcome));
        Assert.Equal(
            [new Violation("A1", "/applications/carriedForward/naturalPerson", 1, 2), new Violation("A1", "/applications/carriedForward/total", 1, 2)],
            outcome.Violations);
        Assert.Contains("A1", outcome.Rejections[0].Detail);
    }

    /// <summary>The county report of the format doc: （七）总计 printed 20 while its outcome rows add up to 26.</summary>
    private static byte[] TotalPrintedTwentyOfTwentySix(params string[] acknowledged) => Seed(r =>
    {
        var applications = At(r, "applications").AsObject();
        foreach (var row in new[] { "newlyReceived", "results/disclosed", "results/partiallyDisclosed" })
            At(applications, row).AsObject().Remove("total");
        applications["newlyReceived"]!["naturalPerson"] = 20;
        applications["results"]!["disclosed"]!["naturalPerson"] = 20;
        applications["results"]!["partiallyDisclosed"]!["naturalPerson"] = 6;
        applications["results"]!["total"]!["naturalPerson"] = 20;
        applications["results"]!["total"]!["total"] = 20;
        r["acknowledgedRules"] = new JsonArray([.. acknowledged.Select(a => JsonValue.Create(a))]);
    });

    [Fact]
    public void A2_broken_as_in_the_county_report_is_rejected()
    {
        var outcome = Evaluate(TotalPrintedTwentyOfTwentySix());

        Assert.False(outcome.Accepted);
        Assert.Equal(
            [("A2", "/applications/results/total/naturalPerson", 26, 20), ("A2", "/applications/results/total/total", 26, 20)],
            RejectedIdentities(outcome));
    }

    [Fact]
    public void A2_acknowledged_is_accepted_flagged_and_kept()
    {
        var outcome = Evaluate(TotalPrintedTwentyOfTwentySix("A2"));

        Assert.True(outcome.Accepted);
        Assert.True(outcome.Flagged);
        Assert.Empty(outcome.Rejections);
        Assert.Equal(
            [new Violation("A2", "/applications/results/total/naturalPerson", 26, 20), new Violation("A2", "/applications/results/total/total", 26, 20)],
            outcome.Violations);
        Assert.Empty(outcome.Warnings);
    }

    [Fact]
    public void A3_broken_is_rejected_and_accepted_when_acknowledged()
    {
        // Two row totals off in opposite directions, so that the 总计 column still adds up (A2).
        void Break(JsonObject r)
        {
            At(r, "applications/results/disclosed")["total"] = 9;
            At(r, "applications/results/partiallyDisclosed")["total"] = 1;
        }

        var outcome = Evaluate(Sample2021(Break));
        Assert.Equal(
            [("A3", "/applications/results/disclosed/total", 8, 9), ("A3", "/applications/results/partiallyDisclosed/total", 2, 1)],
            RejectedIdentities(outcome));

        var acknowledged = Evaluate(Sample2021(r => { Break(r); r["acknowledgedRules"] = new JsonArray("A3"); }));
        Assert.True(acknowledged.Accepted);
        Assert.True(acknowledged.Flagged);
        Assert.Equal(2, acknowledged.Violations.Count);
    }

    [Fact]
    public void R1_broken_is_rejected_and_accepted_when_acknowledged()
    {
        var outcome = Evaluate(Sample2021(r => At(r, "reviewLitigation/review")["total"] = 4));
        Assert.Equal([("R1", "/reviewLitigation/review/total", 3, 4)], RejectedIdentities(outcome));

        var acknowledged = Evaluate(Sample2021(r =>
        {
            At(r, "reviewLitigation/review")["total"] = 4;
            r["acknowledgedRules"] = new JsonArray("R1");
        }));
        Assert.True(acknowledged.Accepted);
        Assert.True(acknowledged.Flagged);
        Assert.Equal([new Violation("R1", "/reviewLitigation/review/total", 3, 4)], acknowledged.Violations);
    }

    [Fact]
    public void Acknowledging_one_rule_does_not_excuse_another()
    {
        var json = Samples.Changed(TotalPrintedTwentyOfTwentySix("A2"), r => At(r, "reviewLitigation/review")["total"] = 1);
        var outcome = Evaluate(json);

        Assert.False(outcome.Accepted);
        Assert.False(outcome.Flagged);
        Assert.Equal([("R1", "/reviewLitigation/review/total", 0, 1)], RejectedIdentities(outcome));
        Assert.Equal(["A2", "A2", "R1"], outcome.Violations.Select(v => v.Rule));
    }

    [Fact]
    public void An_unknown_township_is_rejected()
    {
        var outcome = Evaluate(Seed(r => r["townshipCode"] = "411328999"));
        var rejection = Assert.Single(outcome.Rejections);
        Assert.Equal(("unknown-township", "/townshipCode"), (rejection.Code, rejection.Pointer));
        Assert.False(outcome.Accepted);
    }

    [Theory]
    [InlineData(2007, false)]
    [InlineData(2008, true)]
    [InlineData(CurrentYear, true)]
    [InlineData(CurrentYear + 1, false)]
    public void The_year_is_from_2008_to_the_current_year(int year, bool accepted)
    {
        var outcome = Evaluate(Seed(r => r["year"] = year));
        Assert.Equal(accepted, outcome.Accepted);
        if (!accepted)
            Assert.Equal(("year-out-of-range", "/year"), (outcome.Rejections[0].Code, outcome.Rejections[0].Pointer));
    }

    [Fact]
    public void X1_and_X4_compare_with_the_previous_2019_format_report()
    {
        var previous = Samples.Read(Seed(r =>
        {
            r["year"] = 2019;
            At(r, "proactiveDisclosure/otherServices")["previousYearItems"] = 10;
            At(r, "proactiveDisclosure/otherServices")["change"] = 5;
            foreach (var row in new[] { "penalties", "coercion" }) At(r, $"proactiveDisclosure/{row}")["change"] = 0;
            At(r, "proactiveDisclosure/normativeDocuments")["totalPublished"] = 5;
        }));
        var json = Seed(r =>
        {
            At(r, "proactiveDisclosure/normativeDocuments")["newlyPublished"] = 3;
            At(r, "proactiveDisclosure/normativeDocuments")["totalPublished"] = 10;
        });
        var outcome = Evaluate(json, previous);

        Assert.True(outcome.Accepted);
        Assert.Equal(
            [
                ("X1", "/proactiveDisclosure/otherServices/previousYearItems"),
                ("X4", "/proactiveDisclosure/normativeDocuments/totalPublished"),
            ],
            outcome.Warnings.Select(w => (w.Code, w.Pointer)));
        Assert.Contains("should be 15", outcome.Warnings[0].Message);
        Assert.Contains("is 0", outcome.Warnings[0].Message);
        Assert.Contains("should be 8", outcome.Warnings[1].Message);
        Assert.Contains("is 10", outcome.Warnings[1].Message);
    }

    [Fact]
    public void X2_and_X3_compare_with_the_previous_2021_format_report()
    {
        var previous = Samples.Read(Sample2021(r =>
        {
            r["year"] = 2021;
            At(r, "proactiveDisclosure/normativeDocuments")["inForce"] = 9;
        }));
        var outcome = Evaluate(Samples.Township2021, previous);

        Assert.Equal(
            [
                new Warning("X2", "X2: /proactiveDisclosure/normativeDocuments/inForce should be 11 from the 2021 report, but is 12.",
                    "/proactiveDisclosure/normativeDocuments/inForce"),
                new Warning("X3", "X3: /applications/carriedOver/naturalPerson should be 1 from the 2021 report, but is 2.",
                    "/applications/carriedOver/naturalPerson"),
            ],
            outcome.Warnings);
    }

    [Fact]
    public void X3_holds_across_formats_and_only_X3_does()
    {
        var json = Sample2021(r => { r["year"] = 2021; r["townshipCode"] = "411328110"; });
        var outcome = Evaluate(json, Samples.Read(Samples.Shangtun2020));

        var warning = Assert.Single(outcome.Warnings);
        Assert.Equal(("X3", "/applications/carriedOver/naturalPerson"), (warning.Code, warning.Pointer));
    }

    [Fact]
    public void A_report_that_is_not_the_previous_year_is_not_compared()
    {
        var twoYearsBefore = Samples.Read(Sample2021(r => r["year"] = 2020));
        var otherTownship = Samples.Read(Sample2021(r => { r["year"] = 2021; r["townshipCode"] = "411328110"; }));

        Assert.DoesNotContain(Evaluate(Samples.Township2021, twoYearsBefore).Warnings, w => w.Code.StartsWith('X'));
        Assert.Empty(Evaluate(Samples.Township2021, otherTownship).Warnings);
    }

    [Fact]
    public void A_format_used_outside_its_years_is_a_warning()
    {
        var late2019 = Evaluate(Seed(r => r["year"] = 2021));
        Assert.Equal([("format-year-mismatch", "/format")], late2019.Warnings.Select(w => (w.Code, w.Pointer)));
        Assert.True(late2019.Accepted);

        var early2021 = Evaluate(Sample2021(r => r["year"] = 2020));
        Assert.Equal([("format-year-mismatch", "/format")], early2021.Warnings.Select(w => (w.Code, w.Pointer)));
    }

    [Fact]
    public void Regulations_reported_by_a_township_are_a_warning()
    {
        var outcome2021 = Evaluate(Sample2021(r =>
        {
            At(r, "proactiveDisclosure/regulations")["issued"] = 1;
            At(r, "proactiveDisclosure/regulations")["repealed"] = 1;
            At(r, "proactiveDisclosure/regulations")["inForce"] = 2;
        }));
        Assert.Equal(
            [("township-regulations", "/proactiveDisclosure/regulations/issued"), ("township-regulations", "/proactiveDisclosure/regulations/inForce")],
            outcome2021.Warnings.Select(w => (w.Code, w.Pointer)));

        var outcome2019 = Evaluate(Seed(r => At(r, "proactiveDisclosure/regulations")["newlyMade"] = 1));
        Assert.Equal([("township-regulations", "/proactiveDisclosure/regulations/newlyMade")], outcome2019.Warnings.Select(w => (w.Code, w.Pointer)));
    }

    [Fact]
    public void An_acknowledged_rule_the_report_keeps_is_a_warning()
    {
        var outcome = Evaluate(Seed(r => r["acknowledgedRules"] = new JsonArray("R1")));

        Assert.True(outcome.Accepted);
        Assert.False(outcome.Flagged);
        Assert.Equal([("acknowledged-rule-holds", "/acknowledgedRules/0")], outcome.Warnings.Select(w => (w.Code, w.Pointer)));
    }
}
