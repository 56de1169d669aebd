using Disclosure.Domain.Reviews;

namespace Disclosure.Persistence.Reviews;

/// <summary>
/// What a review action did. <see cref="State"/> and <see cref="CurrentRevision"/> are the report's afterwards (null
/// when there is no report); <see cref="Entry"/> is the recorded change when <see cref="Outcome"/> is Done.
/// </summary>
public sealed record ReviewResult(ReviewOutcome Outcome, ReviewState? State, int? CurrentRevision, ReviewEntry? Entry);
