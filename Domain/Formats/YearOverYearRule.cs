namespace Disclosure.Domain.Formats;

/// <summary>
/// <c>Target(Y) = Σ sign × term</c> between consecutive reports of one township. Applies when both
/// reports are in <see cref="FormatId"/>, or in any formats when it is null. Real reports break these,
/// so they only warn.
/// </summary>
public sealed record YearOverYearRule(string Rule, string? FormatId, string Target, IReadOnlyList<YearTerm> Terms);
