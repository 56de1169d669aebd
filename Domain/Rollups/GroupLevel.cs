namespace Disclosure.Domain.Rollups;

/// <summary>What a rollup groups by; a key part is set for each level grouped.</summary>
public enum GroupLevel
{
    Year,
    Province,
    City,
    County,
    Township,
}
