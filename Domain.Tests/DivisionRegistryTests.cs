using Disclosure.Domain.Registry;

namespace Disclosure.Domain.Tests;

public class DivisionRegistryTests
{
    [Fact]
    public void Townships_given_out_of_code_order_are_listed_in_code_order()
    {
        var registry = new DivisionRegistry(
        [
            new Division("41", "河南省", DivisionLevel.Province, null),
            new Division("411328110", "上屯镇", DivisionLevel.Township, "411328"),
            new Division("411328", "唐河县", DivisionLevel.County, "4113"),
            new Division("411328001", "滨河街道", DivisionLevel.Township, "411328"),
            new Division("4113", "南阳市", DivisionLevel.City, "41"),
            new Division("411329100", "某镇", DivisionLevel.Township, "411329"),
        ]);

        Assert.Equal(["411328001", "411328110", "411329100"], registry.TownshipsUnder("").ToArray().Select(d => d.Code));
        Assert.Equal(["411328001", "411328110"], registry.TownshipsUnder("411328").ToArray().Select(d => d.Code));
    }

    [Fact]
    public void A_code_given_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new DivisionRegistry(
        [
            new Division("41", "河南省", DivisionLevel.Province, null),
            new Division("41", "河南", DivisionLevel.Province, null),
        ]));

        Assert.StartsWith("Division code 41 appears twice.", error.Message);
    }
}
