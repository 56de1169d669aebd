using Disclosure.Domain.Reviews;

namespace Disclosure.Domain.Quality;

/// <summary>
/// One township that needs the county's attention: its report's revision, format and review state when it has one
/// (null when it is missing), and what to look at.
/// </summary>
public sealed record WorklistEntry(string TownshipCode, string TownshipName, int? Revision, string? Format, ReviewState? State, IReadOnlyList<QualityItem> Items)
{
    public WorklistRank Rank { get; } = new(TierOf(Revision, State, Items), Items.Count, TownshipCode);

    private static WorklistTier TierOf(int? revision, ReviewState? state, IReadOnlyList<QualityItem> items) =>
        items.Any(i => i.Kind == QualityKinds.Violation && i.IsUnexplained) ? WorklistTier.Flagged
            : state == ReviewState.Returned ? WorklistTier.Returned
            : revision is null ? WorklistTier.Missing
            : items.Any(i => i.IsUnexplained) ? WorklistTier.Unexplained
            : WorklistTier.Explained;
}
