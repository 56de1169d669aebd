namespace Disclosure.Persistence.Rollups;

/// <summary>The cell values of one township's current report for a year: one per cell of <see cref="Format"/>, by cell index.</summary>
public sealed record CurrentValues(string TownshipCode, int Year, string Format, int Revision, bool Flagged, long[] Values);
