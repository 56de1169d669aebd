namespace Disclosure.Persistence;

/// <summary>One line of a report's history.</summary>
public sealed record StoredRevisionSummary(int Revision, DateTimeOffset SubmittedAt, string SubmittedBy, bool Flagged, string ContentHash);
