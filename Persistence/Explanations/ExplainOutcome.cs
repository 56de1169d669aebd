namespace Disclosure.Persistence.Explanations;

public enum ExplainOutcome
{
    /// <summary>The explanation was kept.</summary>
    Done,
    /// <summary>The township has no report for the year.</summary>
    NotFound,
    /// <summary>The revision explained is no longer the current one: nothing was kept.</summary>
    StaleRevision,
    /// <summary>The report is withdrawn: there is nothing to explain.</summary>
    Withdrawn,
}
