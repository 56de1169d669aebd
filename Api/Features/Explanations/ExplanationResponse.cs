namespace Disclosure.Api.Features.Explanations;

/// <summary>A township's explanation of one finding of one revision of its report.</summary>
public sealed class ExplanationResponse
{
    /// <summary>The revision whose finding it explains; it explains that revision's finding only.</summary>
    public required int Revision { get; init; }

    /// <summary>The finding's code (X2, A1, O1, …).</summary>
    public required string Code { get; init; }

    /// <summary>JSON Pointer to the cell the finding is about.</summary>
    public required string Pointer { get; init; }

    public required string Text { get; init; }

    public required DateTime At { get; init; }

    /// <summary>The id of the key that gave it (<c>admin</c> for the county's admin key).</summary>
    public required string By { get; init; }

    /// <summary>A later explanation of the same finding of the same revision replaced this one; it is kept.</summary>
    public required bool Superseded { get; init; }
}
