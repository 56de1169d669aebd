using Disclosure.Domain.Registry;

namespace Disclosure.Domain.Tests;

public class AreaSearchTests
{
    private static readonly AreaSearch Search = new(new DivisionRegistry(
    [
        new Division("41", "河南省", DivisionLevel.Province, null),
        new Division("4113", "南阳市", DivisionLevel.City, "41"),
        new Division("411328", "唐河县", DivisionLevel.County, "4113"),
        new Division("411328110", "城关镇", DivisionLevel.Township, "411328"),
        new Division("411328111", "城关镇街道", DivisionLevel.Township, "411328"),
        new Division("411328112", "老城关镇", DivisionLevel.Township, "411328"),
        new Division("411329", "城关县", DivisionLevel.County, "4113"),
    ]));

    private static string[] Codes(AreaHits hits) => [.. hits.Hits.Select(h => h.Division.Code)];

    [Fact]
    public void Exact_names_come_first_then_prefixes_by_level_then_names_that_hold_the_query()
    {
        var hits = Search.Find("城关", after: null, limit: 10);

        Assert.Equal(["411329", "411328110", "411328111", "411328112"], Codes(hits));
        Assert.Equal([AreaMatch.NamePrefix, AreaMatch.NamePrefix, AreaMatch.NamePrefix, AreaMatch.NameContains], hits.Hits.Select(h => h.Match));
        Assert.Equal(4, hits.Total);
        Assert.False(hits.More);

        Assert.Equal(["411328110", "411328111", "411328112"], Codes(Search.Find("城关镇", null, 10)));
        Assert.Equal(AreaMatch.ExactName, Search.Find("城关镇", null, 10).Hits[0].Match);
    }

    [Fact]
    public void A_page_continues_after_its_cursor_across_matches()
    {
        var first = Search.Find("城关镇", null, 2);
        Assert.Equal(["411328110", "411328111"], Codes(first));
        Assert.True(first.More);

        var second = Search.Find("城关镇", first.Hits[^1].Rank, 2);
        Assert.Equal(["411328112"], Codes(second));
        Assert.False(second.More);
        Assert.Equal(3, second.Total);
    }

    [Fact]
    public void Digits_are_a_code_prefix_at_every_level()
    {
        Assert.Equal(["4113", "411328", "411329", "411328110", "411328111", "411328112"], Codes(Search.Find("4113", null, 10)));
        Assert.Equal(["411328110"], Codes(Search.Find("411328110", null, 10)));
        Assert.Empty(Search.Find("4113281101", null, 10).Hits);
        Assert.Empty(Search.Find("上海", null, 10).Hits);
    }

    [Fact]
    public void A_registry_lists_each_units_children_in_code_order()
    {
        var registry = new DivisionRegistry(
        [
            new Division("41", "河南省", DivisionLevel.Province, null),
            new Division("4113", "南阳市", DivisionLevel.City, "41"),
            new Division("411329", "新野县", DivisionLevel.County, "4113"),
            new Division("411328", "唐河县", DivisionLevel.County, "4113"),
        ]);

        Assert.Equal(["411328", "411329"], registry.ChildrenOf(registry.Find("4113")!).Select(d => d.Code));
        Assert.Empty(registry.ChildrenOf(registry.Find("411328")!));
    }
}
