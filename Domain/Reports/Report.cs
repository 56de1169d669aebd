using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Reports;

/// <summary>
/// One township's annual report, as submitted, with every optional total filled in.
/// <see cref="Values"/> holds one value per cell of <see cref="Format"/>, by <see cref="Cell.Index"/>.
/// </summary>
public sealed record Report(
    string TownshipCode,
    int Year,
    ReportFormat Format,
    long[] Values,
    Publications? Publications,
    Narrative? Narrative,
    IReadOnlyList<string> AcknowledgedRules)
{
    public long this[Cell cell] => Values[cell.Index];

    /// <summary>The layout its tables were printed in (the 2021 format's （六） as three sub-rows or one row).</summary>
    public ReportLayout Layout => Format.LayoutOf(Values);

    /// <summary>The date the township published the report, when the report says.</summary>
    public DateOnly? PublishedAt { get; init; }
}
