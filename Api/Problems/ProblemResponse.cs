namespace Disclosure.Api.Problems;

/// <summary>An RFC 9457 problem details document, with every individual problem in <see cref="Errors"/>.</summary>
public sealed class ProblemResponse
{
    /// <summary>A URI reference naming the kind of problem; stable, one per kind.</summary>
    public required string Type { get; init; }

    public required string Title { get; init; }

    public required int Status { get; init; }

    public string? Detail { get; init; }

    /// <summary>The request path the problem occurred on.</summary>
    public string? Instance { get; init; }

    /// <summary>Every problem found, each located by a JSON Pointer into the body or a parameter name; at most the first <see cref="ProblemResponses.MaxListed"/>.</summary>
    public IReadOnlyList<ProblemError>? Errors { get; init; }

    /// <summary>How many problems were found in all, when that is more than <see cref="Errors"/> lists.</summary>
    public int? ErrorCount { get; init; }
}
