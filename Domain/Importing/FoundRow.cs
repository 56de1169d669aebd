namespace Disclosure.Domain.Importing;

/// <summary>A row of a national table found in the document: its item, its printed label, its value cells, and the header in force (table 二).</summary>
internal sealed record FoundRow(
    RowItem Item,
    string PrintedLabel,
    string MatchedSegment,
    MatchKind Kind,
    IReadOnlyList<LinePart> Values,
    bool HasGeometry,
    string Place,
    IReadOnlyList<HeaderColumn>? Header);
