namespace Disclosure.Domain.Rollups;

/// <summary>
/// A township of the registry whose report for the year the county returned, and which has not revised it since: why
/// and when (null only when no recorded change returned it).
/// </summary>
public sealed record ReturnedTownship(string Code, string Name, ReturnedFor? Returned);
