namespace Disclosure.Domain.Rollups;

/// <summary>A township of the registry whose report for the year is late, and the dates that say so.</summary>
public sealed record LateTownship(string Code, string Name, SubmittedReport Report);
