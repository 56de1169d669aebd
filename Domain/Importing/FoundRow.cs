namespace Disclosure.Domain.Importing;

/// <summary>A column named by a header row of table 二 (<c>信息内容 | 本年制发件数 | …</c>), and whether it says 元.</summary>
internal sealed record HeaderColumn(string Printed, string Normalised, double? X, bool InYuan);

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
