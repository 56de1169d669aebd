namespace Disclosure.Domain.Registry;

/// <summary>How an area matches a search, best first: the order of the ranking.</summary>
public enum AreaMatch
{
    ExactName,
    NamePrefix,
    NameContains,
    CodePrefix,
}
