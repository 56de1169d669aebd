namespace Disclosure.Api.Hosting;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The SQLite file, relative to the working directory unless absolute.</summary>
    public string Path { get; set; } = "data/reports.db";
}

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

/// <summary>Configuration section <c>Limits</c>.</summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>The largest request body accepted; larger ones get 413. A report is about 3-10 KB.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
