namespace Disclosure.Domain.Rollups;

/// <summary>
/// Which groups of a rollup one answer holds: at most <see cref="Limit"/>, the first ones in key order after
/// <see cref="After"/> (from the start when null). Paging by key, not by offset, so that a page is found without
/// reading the ones before it.
/// </summary>
public sealed record GroupPage(int Limit, RollupKey? After)
{
    /// <summary>Every group in one answer: for tests and tools, not for requests.</summary>
    public static GroupPage Everything { get; } = new(int.MaxValue, null);
}
