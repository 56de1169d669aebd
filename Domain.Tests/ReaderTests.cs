using System.Text.Json.Nodes;
using Disclosure.Domain.Reading;

namespace Disclosure.Domain.Tests;

public class ReaderTests
{
    private static (string Code, string Pointer)[] Errors(byte[] json)
    {
        var result = ReportReader.Read(json);
        Assert.Null(result.Report);
        return [.. result.Errors.Select(e => (e.Code, e.Pointer))];
    }

    private static (string Code, string Pointer) SingleError(byte[] json) => Assert.Single(Errors(json));

    private static byte[] Seed(Action<JsonObject> change) => Samples.Changed(Samples.Shangtun2020, change);

    private static byte[] Sample2021(Action<JsonObject> change) => Samples.Changed(Samples.Township2021, change);

    private static JsonObject Row(JsonObject report, string path)
    {
        JsonNode node = report;
        foreach (var segment in path.Split('/')) node = node[segment]!;
        return node.AsObject();
    }

    [Fact]
    public void An_unknown_member_is_reported_not_dropped()
    {
        var json = Seed(r => Row(r, "applications/newlyReceived")["children"] = 1);
        Assert.Equal(("unknown-member", "/applications/newlyReceived/children"), SingleError(json));
    }

    [Fact]
    public void A_typo_is_an_unknown_member_and_the_real_one_is_missing()
    {
        var json = Seed(r =>
        {
            var applications = Row(r, "applications");
            applications["newlyRecieved"] = applications["newlyReceived"]!.DeepClone();
            applications.Remove("newlyReceived");
        });
        Assert.Equal(
            [("unknown-member", "/applications/newlyRecieved"), ("missing-member", "/applications/newlyReceived")],
            Errors(json));
    }

    [Fact]
    public void A_duplicated_member_is_reported_at_its_second_occurrence()
    {
        var text = System.Text.Encoding.UTF8.GetString(Samples.Shangtun2020)
            .Replace("\"townshipCode\": \"411328110\",", "\"townshipCode\": \"411328110\", \"townshipCode\": \"411328111\",");
        Assert.Equal(("duplicate-member", "/townshipCode"), SingleError(Samples.Utf8(text)));

        var nested = System.Text.Encoding.UTF8.GetString(Samples.Shangtun2020)
            .Replace("\"change\": 47,", "\"change\": 47, \"change\": 46,");
        Assert.Equal(("duplicate-member", "/proactiveDisclosure/otherServices/change"), SingleError(Samples.Utf8(nested)));
    }

    [Fact]
    public void A_member_of_the_other_format_is_named_as_such()
    {
        var json = Seed(r => Row(r, "proactiveDisclosure/regulations")["issued"] = 0);
        var result = ReportReader.Read(json);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("other-format-member", "/proactiveDisclosure/regulations/issued"), (error.Code, error.Pointer));
        Assert.Contains("2021", error.Detail);
    }

    [Fact]
    public void A_2021_report_may_print_row_six_undivided_and_its_split_is_never_invented()
    {
        // 2021 sample: （六）'s sub-rows hold 1 + 0 + 1 natural persons and 0 + 1 + 0 other organisations;
        // printed undivided, （六） is one row of 2 and 1, its total left for the reader to derive.
        var json = Sample2021(r => Row(r, "applications/results")["otherHandling"] = new JsonObject
        {
            ["naturalPerson"] = 2, ["commercialEnterprise"] = 0, ["researchInstitution"] = 0,
            ["socialWelfareOrganization"] = 0, ["legalServiceInstitution"] = 0, ["otherOrganization"] = 1,
        });
        var report = Samples.Read(json);
        var format = report.Format;

        Assert.Equal("2021-undivided-other", report.Layout.Id);
        Assert.Equal(3, report[format.Cell("/applications/results/otherHandling/total")]);
        Assert.Equal(0, report[format.Cell("/applications/results/otherHandling/overdueCorrection/total")]);
        Assert.Equal(1, report[format.Cell("/applications/results/otherHandling/undividedReports")]);
        var written = System.Text.Json.Nodes.JsonNode.Parse(Disclosure.Domain.Reports.ReportJson.ToUtf8Bytes(report))!;
        Assert.Equal(
            ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceInstitution", "otherOrganization", "total"],
            written["applications"]!["results"]!["otherHandling"]!.AsObject().Select(p => p.Key));
        Assert.Empty(Disclosure.Domain.Validation.IdentityCheck.Violations(report));
    }

    [Fact]
    public void Row_six_is_either_divided_or_not_never_both()
    {
        var json = Sample2021(r => Row(r, "applications/results/otherHandling")["naturalPerson"] = 0);
        var errors = Errors(json);

        Assert.Equal(
        [
            ("unknown-member", "/applications/results/otherHandling/overdueCorrection"),
            ("unknown-member", "/applications/results/otherHandling/overdueFee"),
            ("unknown-member", "/applications/results/otherHandling/other"),
            ("missing-member", "/applications/results/otherHandling/commercialEnterprise"),
            ("missing-member", "/applications/results/otherHandling/researchInstitution"),
            ("missing-member", "/applications/results/otherHandling/socialWelfareOrganization"),
            ("missing-member", "/applications/results/otherHandling/legalServiceInstitution"),
            ("missing-member", "/applications/results/otherHandling/otherOrganization"),
        ], errors);
    }

    [Fact]
    public void A_2021_row_six_in_a_2019_report_is_the_other_formats_shape()
    {
        var json = Seed(r => Row(r, "applications/results")["otherHandling"] =
            Row(Samples.Node(Samples.Township2021), "applications/results/otherHandling").DeepClone());
        var errors = Errors(json);

        Assert.Equal(
        [
            ("other-format-member", "/applications/results/otherHandling/overdueCorrection"),
            ("other-format-member", "/applications/results/otherHandling/overdueFee"),
            ("other-format-member", "/applications/results/otherHandling/other"),
            ("missing-member", "/applications/results/otherHandling/naturalPerson"),
            ("missing-member", "/applications/results/otherHandling/commercialEnterprise"),
            ("missing-member", "/applications/results/otherHandling/researchInstitution"),
            ("missing-member", "/applications/results/otherHandling/socialWelfareOrganization"),
            ("missing-member", "/applications/results/otherHandling/legalServiceInstitution"),
            ("missing-member", "/applications/results/otherHandling/otherOrganization"),
        ], errors);
    }

    [Fact]
    public void A_publication_date_is_a_date_written_as_iso()
    {
        var report = Samples.Read(Seed(r => r["publishedAt"] = "2021-01-20"));
        Assert.Equal(new DateOnly(2021, 1, 20), report.PublishedAt);
        Assert.Contains("\"publishedAt\":\"2021-01-20\"", System.Text.Encoding.UTF8.GetString(Disclosure.Domain.Reports.ReportJson.ToUtf8Bytes(report)));

        Assert.Equal(("invalid-value", "/publishedAt"), SingleError(Seed(r => r["publishedAt"] = "2021-1-20")));
        Assert.Equal(("invalid-value", "/publishedAt"), SingleError(Seed(r => r["publishedAt"] = "2021-02-30")));
        Assert.Equal(("wrong-type", "/publishedAt"), SingleError(Seed(r => r["publishedAt"] = 20210120)));
    }

    [Fact]
    public void A_negative_count_is_an_error_but_a_negative_change_is_not()
    {
        Assert.Equal(("negative-count", "/applications/carriedOver/naturalPerson"),
            SingleError(Seed(r => Row(r, "applications/carriedOver")["naturalPerson"] = -1)));

        var report = Samples.Read(Seed(r => Row(r, "proactiveDisclosure/penalties")["change"] = -18));
        Assert.Equal(-18, report[report.Format.Cell("/proactiveDisclosure/penalties/change")]);
    }

    [Fact]
    public void A_fractional_count_is_not_a_whole_number()
    {
        Assert.Equal(("not-a-whole-number", "/reviewLitigation/review/upheld"),
            SingleError(Seed(r => Row(r, "reviewLitigation/review")["upheld"] = 1.5m)));
    }

    [Fact]
    public void An_exact_whole_number_may_be_written_with_decimals_or_an_exponent()
    {
        var text = System.Text.Encoding.UTF8.GetString(Samples.Shangtun2020)
            .Replace("\"decisions\": 200", "\"decisions\": 2.00e2");
        var report = Samples.Read(Samples.Utf8(text));
        Assert.Equal(200, report[report.Format.Cell("/proactiveDisclosure/otherServices/decisions")]);
    }

    [Fact]
    public void An_amount_with_seven_decimals_is_an_error_not_a_rounding()
    {
        var text = System.Text.Encoding.UTF8.GetString(Samples.Township2021).Replace("36.8125", "1.1234567");
        Assert.Equal(("too-many-decimals", "/proactiveDisclosure/fees/amountWan"), SingleError(Samples.Utf8(text)));
    }

    [Theory]
    [InlineData("applications/newlyReceived", "naturalPerson", "1000000000001")]
    [InlineData("proactiveDisclosure/penalties", "change", "-1000000000001")]
    [InlineData("proactiveDisclosure/procurement", "amountWan", "10000000.000001")]
    [InlineData("proactiveDisclosure/licensing", "decisions", "1e400")]
    public void A_number_beyond_its_range_is_out_of_range(string row, string column, string value)
    {
        var node = Samples.Node(Samples.Shangtun2020);
        Row(node, row)[column] = 123456789;
        var text = node.ToJsonString().Replace("123456789", value);
        Assert.Equal(("out-of-range", $"/{row}/{column}"), SingleError(Samples.Utf8(text)));
    }

    [Fact]
    public void The_largest_values_in_range_are_read()
    {
        var node = Samples.Node(Samples.Shangtun2020);
        Row(node, "proactiveDisclosure/licensing")["decisions"] = 1_000_000_000_000;
        Row(node, "proactiveDisclosure/procurement")["amountWan"] = 10_000_000m;
        var report = Samples.Read(Samples.Utf8(node));
        Assert.Equal(1_000_000_000_000, report[report.Format.Cell("/proactiveDisclosure/licensing/decisions")]);
        Assert.Equal(10_000_000_000_000, report[report.Format.Cell("/proactiveDisclosure/procurement/amountWan")]);
    }

    [Fact]
    public void A_year_beyond_32_bits_is_out_of_range()
    {
        Assert.Equal(("out-of-range", "/year"), SingleError(Seed(r => r["year"] = 3_000_000_000)));
    }

    [Fact]
    public void A_string_for_a_number_is_the_wrong_type()
    {
        Assert.Equal(("wrong-type", "/applications/results/disclosed/naturalPerson"),
            SingleError(Seed(r => Row(r, "applications/results/disclosed")["naturalPerson"] = "0")));
    }

    [Fact]
    public void Null_is_the_wrong_type_even_where_a_member_is_optional()
    {
        Assert.Equal(("wrong-type", "/applications/results/total/total"),
            SingleError(Seed(r => Row(r, "applications/results/total")["total"] = null)));
        Assert.Equal(("wrong-type", "/narrative"), SingleError(Seed(r => r["narrative"] = null)));
        Assert.Equal(("wrong-type", "/year"), SingleError(Seed(r => r["year"] = null)));
    }

    [Fact]
    public void A_missing_required_row_is_reported_at_its_pointer()
    {
        Assert.Equal(("missing-member", "/applications/results/withheld/stateSecret"),
            SingleError(Seed(r => Row(r, "applications/results/withheld").Remove("stateSecret"))));
        Assert.Equal(("missing-member", "/reviewLitigation"), SingleError(Seed(r => r.Remove("reviewLitigation"))));
    }

    [Fact]
    public void An_object_where_a_number_belongs_and_a_number_where_an_object_belongs_are_wrong_types()
    {
        Assert.Equal(("wrong-type", "/applications/carriedOver"), SingleError(Seed(r => Row(r, "applications")["carriedOver"] = 0)));
        Assert.Equal(("wrong-type", ""), SingleError(Samples.Utf8("[1, 2]")));
    }

    [Fact]
    public void Truncated_json_is_invalid_at_the_member_being_read()
    {
        var text = System.Text.Encoding.UTF8.GetString(Samples.Shangtun2020);
        var cut = text[..(text.IndexOf("\"change\": 47", StringComparison.Ordinal) + "\"change\": 4".Length)];
        Assert.Equal(("invalid-json", "/proactiveDisclosure/otherServices/change"), SingleError(Samples.Utf8(cut)));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("{\"townshipCode\": \"411328110\",}", "")]
    [InlineData("{\"publications\": {\"keyDomains\": [{\"domain\": x}]}}", "/publications/keyDomains/0/domain")]
    [InlineData("{} {}", "")]
    [InlineData("{\"narrative\": {\"problems\": \"无\", ", "/narrative")]
    [InlineData("{\"acknowledgedRules\": [\"A1\", tru", "/acknowledgedRules")]
    [InlineData("{\"publications\": {\"policyInterpretations\": 1}", "")]
    public void Text_that_is_not_json_is_invalid_json(string text, string pointer)
    {
        Assert.Equal(("invalid-json", pointer), SingleError(Samples.Utf8(text)));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_invalid_json()
    {
        Assert.Equal(("invalid-json", ""), SingleError([(byte)'{', (byte)'"', 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}']));
    }

    [Fact]
    public void An_unknown_format_is_an_invalid_value_and_the_rest_is_still_checked()
    {
        var json = Seed(r =>
        {
            r["format"] = "2020";
            r["townshipCode"] = "41132811";
        });
        Assert.Equal([("invalid-value", "/townshipCode"), ("invalid-value", "/format")], Errors(json));
    }

    [Fact]
    public void A_missing_format_is_reported_and_the_rest_is_still_checked()
    {
        var json = Seed(r =>
        {
            r.Remove("format");
            r["year"] = "2020";
            r["applications"] = new JsonArray();
            Row(r, "proactiveDisclosure/regulations")["issued"] = 0;
        });
        Assert.Equal([("missing-member", "/format"), ("wrong-type", "/year"), ("wrong-type", "/applications")], Errors(json));
    }

    [Fact]
    public void Key_domain_items_are_counts_and_other_may_repeat()
    {
        Assert.Equal(("negative-count", "/publications/keyDomains/0/items"),
            SingleError(Seed(r => r["publications"]!["keyDomains"]![0]!["items"] = -1)));
        Assert.Equal(("missing-member", "/publications/keyDomains/0/items"),
            SingleError(Seed(r => r["publications"]!["keyDomains"]![0]!.AsObject().Remove("items"))));

        var report = Samples.Read(Sample2021(r =>
        {
            var domains = r["publications"]!["keyDomains"]!.AsArray();
            domains.Add(new JsonObject { ["domain"] = "other", ["items"] = 2, ["label"] = "村务公开" });
        }));
        Assert.Equal(2, report.Publications!.KeyDomains.Count(d => d.Domain == "other"));
    }

    [Theory]
    [InlineData("41132811")]
    [InlineData("4113281100")]
    [InlineData("41132811a")]
    [InlineData("４１１３２８１１０")]
    public void A_township_code_is_nine_ascii_digits(string code)
    {
        Assert.Equal(("invalid-value", "/townshipCode"), SingleError(Seed(r => r["townshipCode"] = code)));
    }

    [Fact]
    public void An_unknown_key_domain_is_an_invalid_value()
    {
        Assert.Equal(("invalid-value", "/publications/keyDomains/1/domain"),
            SingleError(Seed(r => r["publications"]!["keyDomains"]![1]!["domain"] = "majorProject")));
    }

    [Fact]
    public void Domain_other_needs_a_label()
    {
        Assert.Equal(("label-required", "/publications/keyDomains/2/label"),
            SingleError(Sample2021(r => r["publications"]!["keyDomains"]![2]!.AsObject().Remove("label"))));
    }

    [Fact]
    public void A_domain_other_than_other_is_listed_once()
    {
        var json = Sample2021(r =>
        {
            var domains = r["publications"]!["keyDomains"]!.AsArray();
            domains.Add(domains[0]!.DeepClone());
            domains.Add(domains[2]!.DeepClone());
        });
        Assert.Equal(("duplicate-domain", "/publications/keyDomains/3/domain"), SingleError(json));
    }

    [Fact]
    public void An_acknowledged_rule_is_an_identity_rule_id()
    {
        Assert.Equal(("invalid-value", "/acknowledgedRules/1"),
            SingleError(Seed(r => r["acknowledgedRules"] = new JsonArray("A2", "X1"))));
        Assert.Equal(("wrong-type", "/acknowledgedRules/0"),
            SingleError(Seed(r => r["acknowledgedRules"] = new JsonArray(2))));
    }

    [Fact]
    public void Narrative_text_is_bounded_and_free_of_control_characters()
    {
        Assert.Equal(("text-too-long", "/narrative/problems"),
            SingleError(Seed(r => r["narrative"]!["problems"] = new string('问', 20_001))));
        Assert.Equal(("invalid-character", "/narrative/otherMatters"),
            SingleError(Seed(r => r["narrative"]!["otherMatters"] = "无\u0000")));
        Assert.Equal(("text-too-long", "/publications/keyDomains/0/label"),
            SingleError(Seed(r => r["publications"]!["keyDomains"]![0]!["label"] = new string('域', 501))));

        var report = Samples.Read(Seed(r => r["narrative"]!["problems"] = "一、\r\n\t二、" + new string('问', 19_993)));
        Assert.Equal(20_000, report.Narrative!.Problems!.Length);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var json = Seed(r =>
        {
            r.Remove("year");
            r["surprise"] = true;
            Row(r, "applications/newlyReceived")["naturalPerson"] = -2;
            Row(r, "applications/carriedOver")["total"] = "0";
            Row(r, "proactiveDisclosure/procurement")["amountWan"] = 1.1234567m;
            Row(r, "reviewLitigation/review").Remove("pending");
            r["acknowledgedRules"] = new JsonArray("A5");
        });
        Assert.Equal(
            [
                ("unknown-member", "/surprise"),
                ("missing-member", "/year"),
                ("too-many-decimals", "/proactiveDisclosure/procurement/amountWan"),
                ("negative-count", "/applications/newlyReceived/naturalPerson"),
                ("wrong-type", "/applications/carriedOver/total"),
                ("missing-member", "/reviewLitigation/review/pending"),
                ("invalid-value", "/acknowledgedRules/0"),
            ],
            Errors(json));
    }

    [Fact]
    public void Pointers_escape_tilde_and_slash()
    {
        Assert.Equal(("unknown-member", "/applications/a~1b~0c"), SingleError(Seed(r => Row(r, "applications")["a/b~c"] = 1)));
    }

    [Fact]
    public void Optional_parts_may_be_left_out()
    {
        var report = Samples.Read(Seed(r =>
        {
            r.Remove("publications");
            r.Remove("narrative");
            r.Remove("acknowledgedRules");
        }));
        Assert.Null(report.Publications);
        Assert.Null(report.Narrative);
        Assert.Empty(report.AcknowledgedRules);
    }
}
