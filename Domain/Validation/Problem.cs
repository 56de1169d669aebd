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
