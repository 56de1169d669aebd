using Microsoft.Data.Sqlite;

namespace Disclosure.Persistence;

/// <summary>
/// The database file cannot be used by this version of the service, for a reason an operator must fix (a newer
/// schema, a damaged, unreadable or unwritable file, a full disk). Its message is one line that names the file,
/// says what is wrong and what to do.
/// </summary>
public sealed class UnusableDatabaseException(string path, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The full path of the database file.</summary>
    public string Path { get; } = path;

    /// <summary>
    /// The operator's explanation of <paramref name="exception"/> met while opening or migrating the file at
    /// <paramref name="path"/>; null when it is not about the file (a bug, a lock held elsewhere).
    /// </summary>
    public static UnusableDatabaseException? From(string path, Exception exception)
    {
        var (what, todo) = exception switch
        {
            UnusableDatabaseException => (null, null),
            SqliteException { SqliteErrorCode: SqliteResultCodes.NotADb } => ("it is not a SQLite database, or its header is damaged",
                "Restore it from a backup, or set Database:Path to the right file."),
            SqliteException { SqliteErrorCode: SqliteResultCodes.Corrupt } => ("it is damaged",
                "Restore it from a backup (README: Backups)."),
            SqliteException { SqliteErrorCode: SqliteResultCodes.ReadOnly } => ("it can be read but not written",
                "Give the service's user write access to the file and to its folder (SQLite keeps -wal and -shm files beside it)."),
            SqliteException { SqliteErrorCode: SqliteResultCodes.CantOpen } or UnauthorizedAccessException or DirectoryNotFoundException => ("it cannot be opened or created",
                "Check that its folder exists or can be created, and that the service's user may read and write the folder and the file."),
            SqliteException { SqliteErrorCode: SqliteResultCodes.Full } => ("the disk is full",
                "Free space on the disk that holds it."),
            SqliteException { SqliteErrorCode: SqliteResultCodes.IoErr } or IOException => ("it cannot be read or written",
                "Check the disk and the file's permissions; if the file is damaged, restore it from a backup."),
            _ => ((string?)null, (string?)null),
        };
        if (what is null)
            return null;
        var error = exception.Message.ReplaceLineEndings(" ").TrimEnd('.');
        return new UnusableDatabaseException(path, $"Cannot use database {path}: {what} ({error}). {todo}", exception);
    }
}
