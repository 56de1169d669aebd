namespace Disclosure.Api.Hosting;

/// <summary>Configuration section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>The county's admin key (<c>Security__AdminKey</c>); writes are refused while it is unset.</summary>
    public string? AdminKey { get; set; }

    /// <summary>Requests a minute each township key may make; the admin key is not limited.</summary>
    public int PermitsPerMinute { get; set; } = 120;

    /// <summary>
    /// Refused API keys a minute one client address may present; beyond that its keyed requests get 429 until
    /// the minute is over. A township system with the right key never comes near it; a guesser stops at once.
    /// </summary>
    public int FailedAuthenticationsPerMinute { get; set; } = 10;
}
