namespace Disclosure.Domain.Reviews;

/// <summary>Where a report stands in the county's review.</summary>
public enum ReviewState
{
    /// <summary>Stored and waiting for the county; every new revision comes back here.</summary>
    Submitted,

    /// <summary>Signed off by the county: locked against new revisions until the county unlocks it.</summary>
    Accepted,

    /// <summary>Sent back to the township with a reason; its next revision makes it submitted again.</summary>
    Returned,

    /// <summary>Filed in error and taken back by the county: kept, counted nowhere.</summary>
    Withdrawn,
}
