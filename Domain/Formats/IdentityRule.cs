namespace Disclosure.Domain.Formats;

/// <summary>
/// <c>Target = Σ sign × term</c>, for one rule id (A1, A2, A3, R1). When the target is an optional cell
/// the report left out, the rule derives it; otherwise a difference is a violation.
/// </summary>
public sealed record IdentityRule(string Rule, Cell Target, IReadOnlyList<Term> Terms);
