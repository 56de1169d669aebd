namespace Disclosure.Domain.Reviews;

/// <summary>What kind of finding a township may explain.</summary>
public enum FindingKind
{
    /// <summary>A warning of the checks (X1–X4 and the like): never blocks a submission.</summary>
    Warning,

    /// <summary>An identity (A1, A2, A3, R1) the report breaks and its submitter acknowledged.</summary>
    Violation,

    /// <summary>A figure that looks wrong beside the previous year or the county's other townships.</summary>
    Outlier,
}
