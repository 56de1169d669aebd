namespace Disclosure.Persistence;

/// <summary>
/// The database file cannot be used by this version of the service, for a reason an operator must fix (a newer
/// schema, a damaged or unwritable file). Its message names the file, says what is wrong and what to do.
/// </summary>
public sealed class UnusableDatabaseException(string path, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The full path of the database file.</summary>
    public string Path { get; } = path;
}
