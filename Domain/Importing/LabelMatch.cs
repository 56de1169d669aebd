namespace Disclosure.Domain.Importing;

/// <summary>A printed label matched to a row: the part of the label that matched, and how.</summary>
internal sealed record LabelMatch(RowItem? Item, string Segment, MatchKind Kind, IReadOnlyList<RowItem> Ambiguous);
