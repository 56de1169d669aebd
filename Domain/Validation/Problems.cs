namespace Disclosure.Domain.Validation;

/// <summary>
/// One thing wrong with a submission: where (a JSON Pointer into the request body), a stable code, and a
/// sentence for people. For an identity, the rule id with its expected and actual values.
/// </summary>
public sealed record Problem(string Pointer, string Code, string Detail)
{
    public string? Rule { get; init; }
    public long? Expected { get; init; }
    public long? Actual { get; init; }
}

/// <summary>An identity (A1, A2, A3, R1) that the report breaks.</summary>
public sealed record Violation(string Rule, string Pointer, long Expected, long Actual);

/// <summary>Something worth a look that never blocks a submission (X1–X4, year/format mismatch, 规章 > 0).</summary>
public sealed record Warning(string Code, string Message, string Pointer);
