using Disclosure.Api.Hosting;
using Disclosure.Api.Security;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Tests.Http.Security;

/// <summary>The throttle's one-minute windows, on a clock the test moves: an address may try again once its minute is over, and ended windows are forgotten.</summary>
public sealed class FailedAuthenticationWindowTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 31, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly ManualClock _clock = new();
    private readonly FailedAuthentications _failures;

    public FailedAuthenticationWindowTests() =>
        _failures = new FailedAuthentications(Options.Create(new SecurityOptions { FailedAuthenticationsPerMinute = 3 }), _clock);

    [Fact]
    public void An_address_is_blocked_for_the_rest_of_its_minute_and_may_try_again_after()
    {
        Assert.False(_failures.Record("203.0.113.7"));
        _clock.Now += TimeSpan.FromSeconds(20);
        Assert.False(_failures.Record("203.0.113.7"));
        Assert.Null(_failures.BlockedFor("203.0.113.7"));
        Assert.True(_failures.Record("203.0.113.7"));

        Assert.Equal(TimeSpan.FromSeconds(40), _failures.BlockedFor("203.0.113.7"));
        Assert.Null(_failures.BlockedFor("198.51.100.1"));
        _clock.Now += TimeSpan.FromSeconds(39);
        Assert.Equal(TimeSpan.FromSeconds(1), _failures.BlockedFor("203.0.113.7"));
        _clock.Now += TimeSpan.FromSeconds(1);
        Assert.Null(_failures.BlockedFor("203.0.113.7"));

        // A new minute starts with the next refusal.
        Assert.False(_failures.Record("203.0.113.7"));
        Assert.Null(_failures.BlockedFor("203.0.113.7"));
    }

    [Fact]
    public void Addresses_whose_minute_is_over_are_forgotten_once_there_are_many()
    {
        for (var i = 0; i < 10_001; i++)
            _failures.Record($"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}");
        Assert.Equal(10_001, _failures.AddressCount);

        // Over 10,000: ended minutes are looked for, at most once a minute (none has ended yet).
        _clock.Now += TimeSpan.FromSeconds(30);
        _failures.Record("203.0.113.7");
        Assert.Equal(10_002, _failures.AddressCount);
        _clock.Now += TimeSpan.FromSeconds(30);
        _failures.Record("203.0.113.8");
        Assert.Equal(10_003, _failures.AddressCount);

        // A minute after the last look, every address whose minute is over is forgotten.
        _clock.Now += TimeSpan.FromSeconds(30);
        _failures.Record("203.0.113.9");
        Assert.Equal(2, _failures.AddressCount);
        Assert.Null(_failures.BlockedFor("10.0.0.1"));
    }
}
