using Disclosure.Domain.Reviews;

namespace Disclosure.Api.Features.Reviews.Decide;

/// <summary>A decision as read: <paramref name="Override"/> accepts although findings are unexplained.</summary>
public sealed record ReviewDecision(ReviewAction Action, int Revision, string? Reason, bool Override);
