namespace Disclosure.Domain.Rollups;

/// <summary>Why and when the county returned a report that the township has not yet revised.</summary>
public sealed record ReturnedFor(string Reason, DateTimeOffset At);
