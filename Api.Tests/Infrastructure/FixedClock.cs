namespace Disclosure.Api.Tests.Infrastructure;

/// <summary>A clock stopped at <paramref name="now"/>, for the answers that depend on the time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
