namespace Disclosure.Api.Features.Imports;

/// <summary>Who and when the document is about, and what it was found to be.</summary>
public sealed class DetectedReport
{
    public string? TownshipCode { get; init; }
    public string? TownshipName { get; init; }
    public int? Year { get; init; }

    /// <summary>The national format the tables follow: <c>2019</c> or <c>2021</c>.</summary>
    public string? Format { get; init; }

    /// <summary>The layout found: <c>2019</c>, <c>2021</c>, or <c>2021-undivided-other</c> (（六） printed as one row).</summary>
    public string? Layout { get; init; }

    /// <summary>The report's title as printed.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date: the page's, or the date under the report's signature (YYYY-MM-DD).</summary>
    public string? PublishedAt { get; init; }
}
