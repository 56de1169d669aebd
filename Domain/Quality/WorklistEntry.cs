namespace Disclosure.Domain.Quality;

/// <summary>
/// One township that needs the county's attention: its report's revision and format when it has one (null when it is
/// missing), and what to look at.
/// </summary>
public sealed record WorklistEntry(string TownshipCode, string TownshipName, int? Revision, string? Format, IReadOnlyList<QualityItem> Items)
{
    public WorklistRank Rank { get; } = new(
        Items.Any(i => i.Kind == QualityKinds.Violation) ? WorklistTier.Flagged
            : Revision is null ? WorklistTier.Missing
            : WorklistTier.Other,
        Items.Count, TownshipCode);
}
