namespace Disclosure.Domain.Quality;

/// <summary>The worklist's tiers, first to last: what the county must act on before what it need only sign off.</summary>
public enum WorklistTier
{
    /// <summary>A flagged report with an acknowledged violation the township has not explained.</summary>
    Flagged,

    /// <summary>A report the county returned, not yet revised: the township owes a new revision.</summary>
    Returned,

    /// <summary>No report.</summary>
    Missing,

    /// <summary>A report with outliers or warnings that are not all explained.</summary>
    Unexplained,

    /// <summary>A report not yet accepted whose findings are all explained: it waits for the county's decision.</summary>
    Explained,
}
