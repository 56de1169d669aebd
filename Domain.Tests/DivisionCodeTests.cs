using System.Text.RegularExpressions;
using Disclosure.Domain.Registry;

namespace Disclosure.Domain.Tests;

public class DivisionCodeTests
{
    [Theory]
    [InlineData("41", DivisionLevel.Province)]
    [InlineData("4113", DivisionLevel.City)]
    [InlineData("411328", DivisionLevel.County)]
    [InlineData("411328110", DivisionLevel.Township)]
    [InlineData("00", DivisionLevel.Province)]
    [InlineData("999999999", DivisionLevel.Township)]
    public void A_code_of_2_4_6_or_9_digits_is_read_with_its_level(string text, DivisionLevel level)
    {
        Assert.True(DivisionCode.TryParse(text, out var code));
        Assert.Equal(text, code.Value);
        Assert.Equal(text, code.ToString());
        Assert.Equal(level, code.Level);
        Assert.Equal(level == DivisionLevel.Township, code.IsTownship);
        Assert.True(DivisionCode.IsValid(text));
        Assert.Equal(level == DivisionLevel.Township, DivisionCode.IsTownshipCode(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("411")]
    [InlineData("41132")]
    [InlineData("4113281")]
    [InlineData("41132811")]
    [InlineData("4113281101")]
    [InlineData("41132811a")]
    [InlineData("4113 8110")]
    [InlineData(" 411328110")]
    [InlineData("411328110 ")]
    [InlineData("-41")]
    [InlineData("+411")]
    [InlineData("４１")]
    [InlineData("４１１３２８１１０")]
    [InlineData("٤١")]
    [InlineData("41\n")]
    public void Anything_else_is_no_code(string? text)
    {
        Assert.False(DivisionCode.TryParse(text, out var code));
        Assert.Equal(default, code);
        Assert.False(DivisionCode.IsValid(text));
        Assert.False(DivisionCode.IsTownshipCode(text));
    }

    [Fact]
    public void Parse_at_a_level_refuses_a_code_of_another_level_naming_the_argument()
    {
        Assert.Equal("411328110", DivisionCode.Parse("411328110", DivisionLevel.Township).Value);
        var townshipCode = "411328";
        var error = Assert.Throws<ArgumentException>(() => DivisionCode.Parse(townshipCode, DivisionLevel.Township));
        Assert.Equal("A township code has 9 digits, not \"411328\". (Parameter 'townshipCode')", error.Message);
        Assert.Equal("townshipCode", error.ParamName);
        var countyCode = "41132x";
        var county = Assert.Throws<ArgumentException>(() => DivisionCode.Parse(countyCode, DivisionLevel.County));
        Assert.Equal("A county code has 6 digits, not \"41132x\". (Parameter 'countyCode')", county.Message);
    }

    [Fact]
    public void A_code_s_ancestors_are_its_prefixes()
    {
        var township = Code("411328110");
        Assert.Equal("41", township.At(DivisionLevel.Province).Value);
        Assert.Equal("4113", township.At(DivisionLevel.City).Value);
        Assert.Equal("411328", township.At(DivisionLevel.County).Value);
        Assert.Equal(township, township.At(DivisionLevel.Township));
        Assert.Equal(Code("411328"), township.County);
        Assert.Equal(DivisionLevel.County, township.County.Level);
        Assert.Equal(Code("411328"), Code("411328").County);
    }

    [Fact]
    public void A_code_has_no_ancestor_below_its_own_level()
    {
        var city = Code("4113");
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => city.County);
        Assert.Equal("level", error.ParamName);
        Assert.Equal(DivisionLevel.County, error.ActualValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => Code("41").At(DivisionLevel.Township));
    }

    [Fact]
    public void Each_level_has_its_length()
    {
        Assert.Equal([2, 4, 6, 9], Enum.GetValues<DivisionLevel>().Select(DivisionCode.LengthOf));
        Assert.Throws<ArgumentOutOfRangeException>(() => DivisionCode.LengthOf((DivisionLevel)4));
    }

    [Fact]
    public void The_default_is_no_code()
    {
        var none = default(DivisionCode);
        Assert.Equal("", none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.Value);
    }

    [Fact]
    public void Codes_are_equal_by_their_digits()
    {
        Assert.Equal(Code("411328"), Code(new string("411328".ToCharArray())));
        Assert.NotEqual(Code("411328"), Code("411329"));
    }

    [Theory]
    [InlineData("41")]
    [InlineData("4113")]
    [InlineData("411328")]
    [InlineData("411328110")]
    [InlineData("")]
    [InlineData("411")]
    [InlineData("4113281101")]
    [InlineData("41a")]
    [InlineData("４１")]
    // Not "41\n": a .NET $ also matches before a final newline, which the OpenAPI document's (ECMA) patterns do not.
    public void The_patterns_for_the_OpenAPI_document_say_what_TryParse_does(string text)
    {
        Assert.Equal(DivisionCode.IsValid(text), Regex.IsMatch(text, DivisionCode.Pattern));
        Assert.Equal(DivisionCode.IsTownshipCode(text), Regex.IsMatch(text, DivisionCode.TownshipPattern));
    }

    [Fact]
    public void The_patterns_are_the_ones_the_OpenAPI_document_publishes()
    {
        Assert.Equal("^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9})$", DivisionCode.Pattern);
        Assert.Equal("^[0-9]{9}$", DivisionCode.TownshipPattern);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("4", true)]
    [InlineData("411", true)]
    [InlineData("4113289", true)]
    [InlineData("411328110", true)]
    [InlineData("4113281101", false)]
    [InlineData("41a", false)]
    [InlineData("４", false)]
    [InlineData(" 41", false)]
    public void A_prefix_is_at_most_9_digits(string text, bool prefix) => Assert.Equal(prefix, DivisionCode.IsPrefix(text));

    private static DivisionCode Code(string text) =>
        DivisionCode.TryParse(text, out var code) ? code : throw new ArgumentException($"{text} is no code.", nameof(text));
}
