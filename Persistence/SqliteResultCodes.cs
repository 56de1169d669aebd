namespace Disclosure.Persistence;

/// <summary>
/// The SQLite primary result codes (https://sqlite.org/rescode.html) the service tells apart, named once for every
/// place that reads <c>SqliteException.SqliteErrorCode</c>.
/// </summary>
public static class SqliteResultCodes
{
    public const int Busy = 5;
    public const int Locked = 6;
    public const int ReadOnly = 8;
    public const int IoErr = 10;
    public const int Corrupt = 11;
    public const int Full = 13;
    public const int CantOpen = 14;
    public const int NotADb = 26;
}
