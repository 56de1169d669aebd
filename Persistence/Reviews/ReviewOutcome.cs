namespace Disclosure.Persistence.Reviews;

public enum ReviewOutcome
{
    /// <summary>The state changed and the change was recorded.</summary>
    Done,
    /// <summary>The township has no report for the year.</summary>
    NotFound,
    /// <summary>The revision reviewed is not the current one: nothing changed.</summary>
    StaleRevision,
    /// <summary>The report's state does not allow the action (accepting a withdrawn report, say): nothing changed.</summary>
    NotAllowed,
}
