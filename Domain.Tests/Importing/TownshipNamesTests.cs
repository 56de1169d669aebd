using Disclosure.Domain.Importing;
using Disclosure.Domain.Registry;

namespace Disclosure.Domain.Tests.Importing;

public class TownshipNamesTests
{
    private static readonly DivisionRegistry Registry = new(
    [
        new Division("41", "河南省", DivisionLevel.Province, null),
        new Division("4113", "南阳市", DivisionLevel.City, "41"),
        new Division("411328", "唐河县", DivisionLevel.County, "4113"),
        new Division("411328110", "上屯镇", DivisionLevel.Township, "411328"),
        new Division("411328100", "城关镇", DivisionLevel.Township, "411328"),
        new Division("411330", "桐柏县", DivisionLevel.County, "4113"),
        new Division("411330100", "城关镇", DivisionLevel.Township, "411330"),
        new Division("411330101", "新城关镇", DivisionLevel.Township, "411330"),
        new Division("411330002", "城郊街道办事处", DivisionLevel.Township, "411330"),
    ]);

    private static Division Township(string code) => Registry.Find(code)!;

    [Fact]
    public void A_unique_name_under_the_area_is_the_township()
    {
        var match = TownshipNames.Resolve(Registry, "上屯镇", "411328");

        Assert.Equal(Township("411328110"), match.Township);
        Assert.Equal([Township("411328110")], match.Candidates);
        Assert.Equal(Township("411328110"), TownshipNames.Resolve(Registry, "上屯镇", null).Township);
    }

    [Fact]
    public void A_name_in_two_counties_of_the_area_is_ambiguous_with_every_candidate()
    {
        var match = TownshipNames.Resolve(Registry, "城关镇", "4113");

        Assert.Null(match.Township);
        Assert.Equal([Township("411328100"), Township("411330100")], match.Candidates);
        Assert.Equal(Township("411330100"), TownshipNames.Resolve(Registry, "城关镇", "411330").Township);
    }

    [Theory]
    [InlineData("唐河县城关镇", "411328100")]
    [InlineData("南阳市唐河县城关镇", "411328100")]
    [InlineData("河南省南阳市桐柏县城关镇", "411330100")]
    [InlineData("桐柏县新城关镇", "411330101")]
    public void A_county_prefix_must_be_the_townships_own(string body, string code)
    {
        var match = TownshipNames.Resolve(Registry, body, "41");

        Assert.Equal(Township(code), match.Township);
        Assert.Equal([Township(code)], match.Candidates);
    }

    [Theory]
    [InlineData("城郊街道")]
    [InlineData("城郊街道办事处")]
    [InlineData("桐柏县城郊街道")]
    public void A_subdistrict_is_named_with_or_without_its_office(string body)
    {
        Assert.Equal(Township("411330002"), TownshipNames.Resolve(Registry, body, "4113").Township);
    }

    [Fact]
    public void A_body_name_with_its_government_is_the_townships()
    {
        Assert.Equal(Township("411328110"), TownshipNames.Resolve(Registry, "唐河县上屯镇人民政府", "411328").Township);
    }

    [Theory]
    [InlineData("桐柏县上屯镇")]
    [InlineData("毕店镇")]
    [InlineData("淮安市洪泽区")]
    [InlineData("")]
    public void An_unknown_name_has_no_candidates(string body)
    {
        var match = TownshipNames.Resolve(Registry, body, "41");

        Assert.Null(match.Township);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public void A_name_outside_the_area_is_unknown()
    {
        Assert.Empty(TownshipNames.Resolve(Registry, "上屯镇", "411330").Candidates);
    }
}
