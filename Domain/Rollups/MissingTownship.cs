namespace Disclosure.Domain.Rollups;

/// <summary>A township of the registry that has no report for the year.</summary>
public sealed record MissingTownship(string Code, string Name);
