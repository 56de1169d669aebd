namespace Disclosure.Domain.Validation;

/// <summary>An identity (A1, A2, A3, R1) that the report breaks.</summary>
public sealed record Violation(string Rule, string Pointer, long Expected, long Actual);
