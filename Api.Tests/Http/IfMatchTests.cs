using Disclosure.Api.Http;
using Disclosure.Persistence;

namespace Disclosure.Api.Tests.Http;

/// <summary>If-Match read into the revision a write expects: strong comparison, <c>*</c>, lists, and the tags of answers that show a review.</summary>
public sealed class IfMatchTests
{
    private const string Content = "0123456789abcdef";
    private const string Hash = Content + "0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void No_header_expects_nothing_and_an_empty_one_is_no_header() =>
        Assert.Equal((true, true), (IfMatch.Parse(null) is null, IfMatch.Parse("") is null));

    [Theory]
    [InlineData("*")]
    [InlineData("\"x\", *")]
    [InlineData(" * ")]
    public void A_star_expects_any_current_revision(string header)
    {
        var expected = IfMatch.Parse(header)!;
        Assert.Same(ExpectedRevision.AnyCurrent, expected);
        Assert.True(expected.IsMetBy(7, Hash));
    }

    [Theory]
    [InlineData("\"2-0123456789abcdef\"")]
    [InlineData("\"x\", \"2-0123456789abcdef\"")]
    [InlineData("\"9-0123456789abcdef\",\"2-0123456789abcdef\"")]
    [InlineData("\"2-0123456789abcdef.3\"")]
    [InlineData("  \"2-0123456789abcdef.15\" ,")]
    public void A_strong_tag_of_the_revision_or_of_an_answer_showing_its_review_is_met(string header) =>
        Assert.True(IfMatch.Parse(header)!.IsMetBy(2, Hash));

    [Theory]
    [InlineData("W/\"2-0123456789abcdef\"")]
    [InlineData("\"1-0123456789abcdef\"")]
    [InlineData("\"02-0123456789abcdef\"")]
    [InlineData("\"2-0123456789ABCDEF\"")]
    [InlineData("\"2-0123456789abcdef.x\"")]
    [InlineData("\"2-0123456789abcdef.\"")]
    [InlineData("\"2-0123456789abcdef.-1\"")]
    [InlineData("\"2-0123456789abcdef.99999999999\"")]
    [InlineData("2-0123456789abcdef")]
    [InlineData("\"2-0123456789abcde\"")]
    [InlineData("\"")]
    [InlineData(",")]
    public void Weak_tags_and_tags_of_other_revisions_are_not_met(string header) =>
        Assert.False(IfMatch.Parse(header)!.IsMetBy(2, Hash));

    [Fact]
    public void Each_strong_tag_of_a_list_names_a_revision_by_its_number_and_content()
    {
        var expected = IfMatch.Parse("\"12-0123456789abcdef.4\", W/\"5-abc\", \"3-abc\"")!;
        Assert.Equal((true, true, false, false),
            (expected.IsMetBy(12, Hash), expected.IsMetBy(3, "abc"), expected.IsMetBy(5, "abc"), expected.IsMetBy(12, "fedcba9876543210")));
    }
}
