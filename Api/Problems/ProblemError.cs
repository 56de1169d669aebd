namespace Disclosure.Api.Problems;

/// <summary>One problem: where, a stable code, a sentence; for an identity, its rule and figures.</summary>
public sealed class ProblemError
{
    /// <summary>JSON Pointer (RFC 6901) to the offending member of the request body ("" is the whole body).</summary>
    public string? Pointer { get; init; }

    /// <summary>The query, path or header parameter at fault, when the problem is not in the body.</summary>
    public string? Parameter { get; init; }

    public required string Code { get; init; }

    public required string Detail { get; init; }

    /// <summary>The identity rule broken (A1, A2, A3, R1).</summary>
    public string? Rule { get; init; }

    public long? Expected { get; init; }

    public long? Actual { get; init; }

    /// <summary>For a cell of an imported document: the table (二, 三, 四) it is printed in.</summary>
    public string? Table { get; init; }

    /// <summary>For a cell of an imported document: its row label as printed.</summary>
    public string? Row { get; init; }

    /// <summary>For a cell of an imported document: its column label.</summary>
    public string? Column { get; init; }

    /// <summary>For a cell of an imported document: the text printed in it.</summary>
    public string? Text { get; init; }

    /// <summary>For a township named by a document: the township-level units the name could mean ("code name, county").</summary>
    public IReadOnlyList<string>? Candidates { get; init; }
}
