namespace Disclosure.Persistence.Rollups;

/// <summary>A page of current reports' values, in township then year order; <see cref="More"/> when reports follow it.</summary>
public sealed record CurrentValuesPage(IReadOnlyList<CurrentValues> Reports, bool More);
