namespace Disclosure.Domain.Reviews;

/// <summary>What changed a report's review state.</summary>
public enum ReviewAction
{
    /// <summary>The county signed the report off.</summary>
    Accepted,

    /// <summary>The county sent the report back, with a reason.</summary>
    Returned,

    /// <summary>The county reopened an accepted report, with a reason.</summary>
    Unlocked,

    /// <summary>The county took back a report filed in error, with a reason.</summary>
    Withdrawn,

    /// <summary>A new revision put a returned or withdrawn report back to submitted.</summary>
    Resubmitted,
}
