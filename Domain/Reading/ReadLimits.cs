namespace Disclosure.Domain.Reading;

/// <summary>
/// The most a report may hold of what its sender writes freely, so that a stored report stays the size of a report,
/// and the most a read says back, so that no answer is many times the size of the body it answers.
/// </summary>
public static class ReadLimits
{
    /// <summary>Problems listed in full; any beyond are counted, never dropped unsaid.</summary>
    public const int MaxProblemsListed = 100;

    /// <summary>Entries in <c>publications.keyDomains</c>: each of the 14 domains once, and room for many <c>other</c>s.</summary>
    public const int MaxKeyDomains = 100;

    /// <summary>Entries in <c>acknowledgedRules</c>; there are four rules.</summary>
    public const int MaxAcknowledgedRules = 20;

    /// <summary>Characters of each narrative text.</summary>
    public const int MaxNarrativeLength = 20_000;

    /// <summary>Characters of a key domain's label.</summary>
    public const int MaxLabelLength = 500;

    /// <summary>Characters of a sender's value quoted back in a problem's detail; the rest is counted.</summary>
    public const int MaxQuoted = 100;

    /// <summary>A sender's value as a problem's detail quotes it: whole when short, else its start and its length.</summary>
    public static string Quote(string value)
    {
        if (value.Length <= MaxQuoted) return value;
        var cut = char.IsHighSurrogate(value[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted;
        return $"{value[..cut]}… ({value.Length} characters)";
    }
}
