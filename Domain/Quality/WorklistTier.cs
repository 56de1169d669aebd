namespace Disclosure.Domain.Quality;

/// <summary>The worklist's tiers, first to last.</summary>
public enum WorklistTier
{
    /// <summary>A flagged report: it breaks identities its township acknowledged.</summary>
    Flagged,

    /// <summary>No report.</summary>
    Missing,

    /// <summary>A report with outliers or warnings (or any later kind).</summary>
    Other,
}
