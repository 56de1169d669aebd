namespace Disclosure.Domain.Registry;

/// <summary>One page of a search: at most the limit asked for, whether more follow, and how many match in all.</summary>
public sealed record AreaHits(IReadOnlyList<AreaHit> Hits, bool More, int Total);
