using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Tests;

public class ReportFormatsTests
{
    [Fact]
    public void Formats_are_found_by_id()
    {
        Assert.Same(ReportFormats.Format2019, ReportFormats.Find("2019"));
        Assert.Same(ReportFormats.Format2021, ReportFormats.Find("2021"));
        Assert.Null(ReportFormats.Find("2020"));
        Assert.Equal(["2019", "2021"], ReportFormats.All.Select(f => f.Id));
    }

    [Fact]
    public void Cells_come_section_by_section_and_count_as_printed()
    {
        // 2019: 2×3 + 2×3 + 2×3 + 2 + 2 = 22 in table 二; 23 rows × 7 in 三; 3 × 5 in 四;
        // then 16 derived publications cells: policy interpretations, 14 key domains, reported.
        Assert.Equal(22 + 23 * 7 + 15 + 16, ReportFormats.Format2019.Cells.Count);
        // 2021: 2×3 + 1 + 2 + 1 = 10 in table 二; 25 rows × 7 in 三; then （六） as one row (7) and its marker.
        Assert.Equal(10 + 25 * 7 + 15 + 16 + 7 + 1, ReportFormats.Format2021.Cells.Count);
        var sections = ReportFormats.Format2021.Cells.Select(c => c.Section).Distinct();
        Assert.Equal(["proactiveDisclosure", "applications", "reviewLitigation", "publications"], sections);
    }

    [Fact]
    public void A_cell_is_named_by_section_row_and_column()
    {
        var cell = ReportFormats.Format2019.Cell("/applications/results/withheld/stateSecret/naturalPerson");
        Assert.Equal("applications", cell.Section);
        Assert.Equal("results/withheld/stateSecret", cell.Row);
        Assert.Equal("naturalPerson", cell.Column);
        Assert.Equal(CellKind.Count, cell.Kind);
        Assert.False(cell.Optional);
        Assert.Equal("（三）不予公开 1.属于国家秘密 · 自然人", cell.LabelZh);
        Assert.Equal("Withheld: state secret · Natural person", cell.LabelEn);
    }

    [Fact]
    public void Publications_are_derived_cells_after_the_tables_of_both_formats()
    {
        foreach (var format in ReportFormats.All)
        {
            var derived = format.Cells.Where(c => c.Section == "publications").ToArray();
            Assert.Equal(
                ["policyInterpretations/count", .. KeyDomains.All.Select(d => $"keyDomains/{d.Id}"), "reported/reports"],
                derived.Select(c => $"{c.Row}/{c.Column}"));
            Assert.All(derived, c => Assert.True(c.Derived));
            Assert.Equal(format.Layouts[0].Cells.Count, derived[0].Index);
            Assert.Equal(["proactiveDisclosure", "applications", "reviewLitigation"], format.Layouts[0].Shape.Children.Select(c => c.Name));
            Assert.Null(format.FindNode("/publications/keyDomains/other"));
            var environment = format.Cell("/publications/keyDomains/environment");
            Assert.Equal("重点领域信息公开条数 · 生态环境", environment.LabelZh);
            Assert.Equal("Items published in key domains · Ecology and environment", environment.LabelEn);
        }
    }

    [Fact]
    public void The_2021_format_keeps_the_undivided_other_handling_row_after_every_cell_stored_before_it()
    {
        var format = ReportFormats.Format2021;
        Assert.Equal(["2021", "2021-undivided-other"], format.Layouts.Select(l => l.Id));
        string[] columns = ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceInstitution", "otherOrganization", "total", "undividedReports"];
        Assert.Equal(columns.Select(c => $"/applications/results/otherHandling/{c}"), format.Cells.Skip(format.Cells.Count - 8).Select(c => c.Pointer));
        Assert.Equal(format.Cells.Count - 1, format.Layouts[1].Marker!.Index);

        var undivided = format.Layouts[1];
        Assert.Equal(format.Layouts[0].Cells.Count - 21 + 7, undivided.Cells.Count);
        Assert.Equal(columns[..7], undivided.Shape.Child("applications")!.Child("results")!.Child("otherHandling")!.Children.Select(c => c.Name));
        Assert.Equal(["overdueCorrection", "overdueFee", "other"], format.Layouts[0].Shape.Child("applications")!.Child("results")!.Child("otherHandling")!.Children.Select(c => c.Name));
        Assert.Single(ReportFormats.Format2019.Layouts);
    }

    [Fact]
    public void Kinds_follow_the_column()
    {
        Assert.Equal(CellKind.Change, ReportFormats.Format2019.Cell("/proactiveDisclosure/penalties/change").Kind);
        Assert.Equal(CellKind.AmountFen, ReportFormats.Format2019.Cell("/proactiveDisclosure/procurement/amountWan").Kind);
        Assert.Equal(CellKind.AmountFen, ReportFormats.Format2021.Cell("/proactiveDisclosure/fees/amountWan").Kind);
        Assert.Equal(CellKind.Count, ReportFormats.Format2021.Cell("/reviewLitigation/review/total").Kind);
    }

    [Fact]
    public void Only_the_contracts_totals_are_optional()
    {
        foreach (var format in ReportFormats.All)
        {
            var optional = format.Cells.Where(c => c.Optional).Select(c => c.Pointer).ToHashSet();
            var expected = format.Cells.Where(c =>
                    (c.Section == "applications" && (c.Column == "total" || c.Row == "results/total"))
                    || (c.Section == "reviewLitigation" && c.Column == "total"))
                .Select(c => c.Pointer).ToHashSet();
            Assert.Equal(expected, optional);
            Assert.Equal(format.Id == "2019" ? 23 + 6 + 3 : 25 + 1 + 6 + 3, optional.Count);
        }
    }

    [Fact]
    public void Row_six_differs_between_the_formats()
    {
        Assert.NotNull(ReportFormats.Format2019.FindCell("/applications/results/otherHandling/naturalPerson"));
        Assert.Null(ReportFormats.Format2019.FindCell("/applications/results/otherHandling/other/total"));
        foreach (var row in new[] { "overdueCorrection", "overdueFee", "other" })
            Assert.NotNull(ReportFormats.Format2021.FindCell($"/applications/results/otherHandling/{row}/total"));
        // The 2021 format's second layout prints （六） as one row: it has cells, but the usual layout does not print them.
        var undivided = ReportFormats.Format2021.Cell("/applications/results/otherHandling/total");
        Assert.False(ReportFormats.Format2021.Layouts[0].Prints(undivided));
        Assert.True(ReportFormats.Format2021.Layouts[1].Prints(undivided));
    }

    [Fact]
    public void Every_optional_total_has_a_rule_that_derives_it_before_it_is_used()
    {
        foreach (var format in ReportFormats.All)
        {
            var known = format.Cells.Where(c => !c.Optional).Select(c => c.Index).ToHashSet();
            foreach (var rule in format.Identities)
            {
                if (rule.Terms.All(t => known.Contains(t.Cell.Index))) known.Add(rule.Target.Index);
            }
            Assert.Equal(format.Cells.Count, known.Count);
        }
    }

    [Fact]
    public void Identities_are_counted_per_row_column_and_group()
    {
        var rules = ReportFormats.Format2021.Identities.GroupBy(r => r.Rule).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(7, rules["A1"]);
        Assert.Equal(7, rules["A2"]);
        Assert.Equal(26, rules["A3"]);
        Assert.Equal(3, rules["R1"]);

        var a2 = ReportFormats.Format2021.Identities.First(r => r.Rule == "A2");
        Assert.Equal("/applications/results/total/naturalPerson", a2.Target.Pointer);
        Assert.Equal(22, a2.Terms.Count);
        Assert.Contains(a2.Terms, t => t.Cell.Pointer == "/applications/results/otherHandling/overdueFee/naturalPerson");

        var a1 = ReportFormats.Format2019.Identities.Last(r => r.Rule == "A1");
        Assert.Equal("/applications/carriedForward/total", a1.Target.Pointer);
        Assert.Equal(
            [("/applications/newlyReceived/total", 1), ("/applications/carriedOver/total", 1), ("/applications/results/total/total", -1)],
            a1.Terms.Select(t => (t.Cell.Pointer, t.Sign)));
    }

    [Fact]
    public void Key_domains_follow_the_contract()
    {
        Assert.Equal(14, KeyDomains.All.Count);
        Assert.Equal("fiscalBudget", KeyDomains.All[0].Id);
        Assert.Equal("other", KeyDomains.All[^1].Id);
        Assert.Equal("脱贫攻坚与乡村振兴", KeyDomains.Find("povertyAlleviation")!.LabelZh);
    }
}
