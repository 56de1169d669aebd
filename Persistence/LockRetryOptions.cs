namespace Disclosure.Persistence;

/// <summary>How long a connection waits for a lock, and how often a write unit is retried.</summary>
public sealed record LockRetryOptions
{
    /// <summary><c>PRAGMA busy_timeout</c>: how long SQLite itself waits for a lock before answering SQLITE_BUSY.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The connection string's <c>DefaultTimeout</c>, in whole seconds (at least 1). Microsoft.Data.Sqlite
    /// keeps retrying a busy statement for this long before it throws.
    /// </summary>
    public int CommandTimeoutSeconds { get; init; } = 2;

    /// <summary>How many times a write unit runs, first try included, while it meets SQLITE_BUSY or SQLITE_LOCKED.</summary>
    public int WriteAttempts { get; init; } = 4;

    /// <summary>The first back-off between write attempts; it grows exponentially, with jitter.</summary>
    public TimeSpan WriteRetryDelay { get; init; } = TimeSpan.FromMilliseconds(50);
}
