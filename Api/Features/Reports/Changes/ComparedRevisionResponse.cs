using Disclosure.Persistence;

namespace Disclosure.Api.Features.Reports.Changes;

/// <summary>One side of a comparison: which report and revision, in which format and layout, submitted when.</summary>
public sealed class ComparedRevisionResponse
{
    /// <summary>The year reported on.</summary>
    public required int Year { get; init; }

    public required int Revision { get; init; }

    /// <summary>2019 or 2021.</summary>
    public required string Format { get; init; }

    /// <summary>How its tables are printed: 2019, 2021, or 2021-undivided-other (（六）其他处理 as one row).</summary>
    public required string Layout { get; init; }

    public required DateTime SubmittedAt { get; init; }

    public required bool Flagged { get; init; }

    public static ComparedRevisionResponse Of(StoredRevision stored) => new()
    {
        Year = stored.Year,
        Revision = stored.Revision,
        Format = stored.Report.Format.Id,
        Layout = stored.Report.Layout.Id,
        SubmittedAt = stored.SubmittedAt.UtcDateTime,
        Flagged = stored.Flagged,
    };
}
