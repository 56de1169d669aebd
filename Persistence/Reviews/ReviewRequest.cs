using Disclosure.Domain.Reviews;

namespace Disclosure.Persistence.Reviews;

/// <summary>
/// A county's review action on revision <paramref name="Revision"/> of a report. <paramref name="Overrode"/>: accepted
/// although not every warning was explained, for <paramref name="Reason"/>.
/// </summary>
public sealed record ReviewRequest(
    string TownshipCode, int Year, int Revision, ReviewAction Action, string? Reason, bool Overrode, string By, DateTimeOffset At);
