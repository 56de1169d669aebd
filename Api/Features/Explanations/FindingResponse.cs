namespace Disclosure.Api.Features.Explanations;

/// <summary>A finding of a revision that a township may explain: a warning, an acknowledged violation or an outlier.</summary>
public sealed class FindingResponse
{
    /// <summary>warning, violation (an identity broken and acknowledged) or outlier.</summary>
    public required string Kind { get; init; }

    /// <summary>The finding's code: a warning's (X1–X4, …), a violation's rule (A1, A2, A3, R1), an outlier's (O1–O3).</summary>
    public required string Code { get; init; }

    /// <summary>JSON Pointer to the cell of the report it is about; with the code, what an explanation names.</summary>
    public required string Pointer { get; init; }

    public required string Message { get; init; }
}
