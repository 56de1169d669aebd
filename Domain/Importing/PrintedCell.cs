namespace Disclosure.Domain.Importing;

/// <summary>
/// The text of one printed cell, as printed (line breaks, spaces and full-width characters kept: the importer
/// normalises them). <see cref="X"/> is the horizontal centre of the text in points, for a reader that knows the
/// page's geometry (PDF), so that numbers can be aligned with their columns when a row has blank cells.
/// <see cref="SpannedCopy"/> marks a copy of a merged cell (rowspan/colspan) in a place it covers but did not start in.
/// </summary>
public sealed record PrintedCell(string Text, double? X = null, bool SpannedCopy = false);
