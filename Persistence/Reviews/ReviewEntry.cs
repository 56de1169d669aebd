using Disclosure.Domain.Reviews;

namespace Disclosure.Persistence.Reviews;

/// <summary>One change of a report's review state: which revision, what was done, the state it left, why, when and by whom.</summary>
public sealed record ReviewEntry(
    int Revision, ReviewAction Action, ReviewState State, string? Reason, bool Overrode, DateTimeOffset At, string By);
