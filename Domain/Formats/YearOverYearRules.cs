namespace Disclosure.Domain.Formats;

/// <summary>A term of a year-over-year rule: a cell of this year's report or of the previous year's.</summary>
public readonly record struct YearTerm(string Pointer, int Sign, bool PreviousYear);

/// <summary>
/// <c>Target(Y) = Σ sign × term</c> between consecutive reports of one township. Applies when both
/// reports are in <see cref="FormatId"/>, or in any formats when it is null. Real reports break these,
/// so they only warn.
/// </summary>
public sealed record YearOverYearRule(string Rule, string? FormatId, string Target, IReadOnlyList<YearTerm> Terms);

public static class YearOverYearRules
{
    public static IReadOnlyList<YearOverYearRule> All { get; } =
    [
        .. new[] { "licensing", "otherServices", "penalties", "coercion", "fees" }.Select(row =>
            new YearOverYearRule("X1", "2019", $"/proactiveDisclosure/{row}/previousYearItems",
            [
                new($"/proactiveDisclosure/{row}/previousYearItems", +1, PreviousYear: true),
                new($"/proactiveDisclosure/{row}/change", +1, PreviousYear: true),
            ])),
        .. new[] { "regulations", "normativeDocuments" }.Select(row =>
            new YearOverYearRule("X2", "2021", $"/proactiveDisclosure/{row}/inForce",
            [
                new($"/proactiveDisclosure/{row}/inForce", +1, PreviousYear: true),
                new($"/proactiveDisclosure/{row}/issued", +1, PreviousYear: false),
                new($"/proactiveDisclosure/{row}/repealed", -1, PreviousYear: false),
            ])),
        .. ApplicationTables.ApplicantColumns.Select(column =>
            new YearOverYearRule("X3", null, $"/applications/carriedOver/{column.Name}",
            [
                new($"/applications/carriedForward/{column.Name}", +1, PreviousYear: true),
            ])),
        .. new[] { "regulations", "normativeDocuments" }.Select(row =>
            new YearOverYearRule("X4", "2019", $"/proactiveDisclosure/{row}/totalPublished",
            [
                new($"/proactiveDisclosure/{row}/totalPublished", +1, PreviousYear: true),
                new($"/proactiveDisclosure/{row}/newlyPublished", +1, PreviousYear: false),
            ])),
    ];
}
