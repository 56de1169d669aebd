using Disclosure.Domain.Reviews;

namespace Disclosure.Persistence.Reviews;

/// <summary>A report's review state and the change that put it there (null for a report never reviewed nor resubmitted).</summary>
public sealed record ReportReview(ReviewState State, ReviewEntry? Last);
