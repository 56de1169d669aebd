namespace Disclosure.Api.Problems;

/// <summary>What a failure of the storage means for the client and for the service's health.</summary>
public enum StorageFailure
{
    /// <summary>Not a storage failure.</summary>
    None,

    /// <summary>No room on the disk (SQLITE_FULL, ENOSPC): nothing was stored; it may work once space is freed.</summary>
    Full,

    /// <summary>The file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB): nothing will work until it is restored.</summary>
    Corrupt,

    /// <summary>The file cannot be read or written just now (SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN).</summary>
    Unavailable,
}
