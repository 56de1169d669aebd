namespace Disclosure.Domain.Importing;

/// <summary>One row of a national table as the importer finds it: by the item text of its label, numbering stripped.</summary>
internal sealed record RowItem(string Path, string Item, string Key);
