namespace Disclosure.Domain.Rollups;

/// <summary>One page of groups, and the key to continue after when more follow (null on the last page).</summary>
public sealed record RollupPage(IReadOnlyList<RollupGroup> Groups, RollupKey? ContinueAfter);
