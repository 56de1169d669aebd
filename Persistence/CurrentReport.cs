namespace Disclosure.Persistence;

/// <summary>One current report in a listing.</summary>
public sealed record CurrentReport(string TownshipCode, int Year, string Format, int Revision, bool Flagged, DateTimeOffset SubmittedAt);
