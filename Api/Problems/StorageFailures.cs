using Disclosure.Api.Features.Health;
using Disclosure.Persistence;
using Microsoft.Data.Sqlite;

namespace Disclosure.Api.Problems;

/// <summary>
/// The one place a storage failure becomes a problem: the exception handler asks here before it answers a
/// generic 500, and records what it learnt in <see cref="StorageHealth"/> so that <c>/health</c> reports it.
/// </summary>
public static class StorageFailures
{
    // What .NET puts in an IOException's HResult for "no space left on device": errno ENOSPC on Linux and macOS,
    // ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly HashSet<int> NoSpace = [28, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    /// <summary>How long a client is asked to wait when the file cannot be reached just now.</summary>
    public const string RetryAfterSeconds = "5";

    /// <summary>What <paramref name="exception"/> (or one it wraps) says about the storage.</summary>
    public static StorageFailure Classify(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: SqliteResultCodes.Full }:
                    return StorageFailure.Full;
                case SqliteException { SqliteErrorCode: SqliteResultCodes.Corrupt or SqliteResultCodes.NotADb }:
                    return StorageFailure.Corrupt;
                case SqliteException { SqliteErrorCode: SqliteResultCodes.IoErr or SqliteResultCodes.ReadOnly or SqliteResultCodes.CantOpen }:
                    return StorageFailure.Unavailable;
                case IOException io when NoSpace.Contains(io.HResult):
                    return StorageFailure.Full;
            }
        }
        return StorageFailure.None;
    }

    /// <summary>
    /// When <paramref name="exception"/> is a failure of the database, notes it in the service's health and answers
    /// its problem; returns null, having sent nothing, for any other failure.
    /// </summary>
    public static Task? TrySendAsync(HttpContext http, Exception? exception)
    {
        var failure = Classify(exception);
        if (failure == StorageFailure.None)
            return null;
        var health = http.RequestServices.GetRequiredService<StorageHealth>();
        if (failure == StorageFailure.Full) health.NoteFull(exception!.Message);
        if (failure == StorageFailure.Corrupt) health.NoteCorrupt(exception!.Message);
        return SendAsync(http, failure);
    }

    /// <summary>Answers the problem of <paramref name="failure"/> (not <see cref="StorageFailure.None"/>).</summary>
    public static Task SendAsync(HttpContext http, StorageFailure failure, string? detail = null, CancellationToken ct = default)
    {
        switch (failure)
        {
            case StorageFailure.Full:
                return ProblemResponses.SendAsync(http, StatusCodes.Status507InsufficientStorage, ProblemTypes.InsufficientStorage,
                    "Insufficient storage",
                    detail ?? "The disk that holds the database is full: nothing was stored. Try again once space has been freed.", ct: ct);
            case StorageFailure.Corrupt:
                return ProblemResponses.SendAsync(http, StatusCodes.Status500InternalServerError, ProblemTypes.DatabaseCorrupt,
                    "Database damaged",
                    detail ?? "The database file is damaged: the service cannot answer from it. It must be restored from a backup.", ct: ct);
            default:
                http.Response.Headers.RetryAfter = RetryAfterSeconds;
                return ProblemResponses.SendAsync(http, StatusCodes.Status503ServiceUnavailable, ProblemTypes.Unavailable, "Unavailable",
                    detail ?? "The database cannot be read or written just now: nothing was stored. Try again later.", ct: ct);
        }
    }
}
