using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Disclosure.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Security;

/// <summary>
/// Counts refused API keys per client address in one-minute windows. Once an address has had
/// <see cref="SecurityOptions.FailedAuthenticationsPerMinute"/> refused in its window, every request of it
/// that presents a key gets 429 until the window ends — a right key too, or the answer would tell a guesser
/// when it guessed right. The address is the connection's: X-Forwarded-For is not trusted. An IPv6 client
/// is counted by its /64, which one machine usually holds whole.
/// </summary>
public sealed class FailedAuthentications(IOptions<SecurityOptions> security, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Above this many addresses, those whose window has ended are forgotten (at most once a window).</summary>
    private const int ForgetAbove = 10_000;

    private readonly ConcurrentDictionary<string, Tally> _tallies = new();
    private long _nextForgetTicks;

    public int Limit => security.Value.FailedAuthenticationsPerMinute;

    /// <summary>How many addresses are remembered now.</summary>
    internal int AddressCount => _tallies.Count;

    /// <summary>
    /// The address a request is counted under; null when it came without one (not over TCP: a Unix socket, the
    /// in-process test server), and then it is not counted.
    /// </summary>
    public static string? AddressOf(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address)
            return null;
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }

    /// <summary>How long the address must still wait, or null when it may try a key.</summary>
    public TimeSpan? BlockedFor(string address)
    {
        if (!_tallies.TryGetValue(address, out var tally))
            return null;
        var now = clock.GetUtcNow();
        lock (tally)
        {
            var end = tally.Start + Window;
            return tally.Count >= Limit && now < end ? end - now : null;
        }
    }

    /// <summary>Counts one refused key; true when this one used up the address's allowance for its window.</summary>
    public bool Record(string address)
    {
        var now = clock.GetUtcNow();
        ForgetEndedWindows(now);
        var tally = _tallies.GetOrAdd(address, _ => new Tally { Start = now });
        lock (tally)
        {
            if (now >= tally.Start + Window)
            {
                tally.Start = now;
                tally.Count = 0;
            }
            tally.Count++;
            return tally.Count == Limit;
        }
    }

    private void ForgetEndedWindows(DateTimeOffset now)
    {
        var next = Interlocked.Read(ref _nextForgetTicks);
        if (_tallies.Count <= ForgetAbove || now.UtcTicks < next
            || Interlocked.CompareExchange(ref _nextForgetTicks, (now + Window).UtcTicks, next) != next)
            return;
        foreach (var (address, tally) in _tallies)
        {
            bool ended;
            lock (tally) ended = now >= tally.Start + Window;
            if (ended)
                _tallies.TryRemove(new KeyValuePair<string, Tally>(address, tally));
        }
    }

    private sealed class Tally
    {
        public DateTimeOffset Start;
        public int Count;
    }
}
