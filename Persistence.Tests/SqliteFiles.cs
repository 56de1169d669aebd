using Microsoft.Data.Sqlite;

namespace Disclosure.Persistence.Tests;

/// <summary>Checks of a SQLite file as SQLite itself sees it.</summary>
public static class SqliteFiles
{
    /// <summary>The file passes <c>PRAGMA integrity_check</c>, opened read-only beside any other connection.</summary>
    public static void AssertIntact(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", command.ExecuteScalar() as string);
    }
}
