using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;
using SQLitePCL;

namespace Disclosure.Persistence;

/// <summary>
/// The one place that opens connections to the SQLite file. Reads run on their own pooled connection;
/// writes run one at a time (in this process), each as one <c>BEGIN IMMEDIATE</c> unit of work that is
/// retried as a whole when another connection holds the write lock.
/// </summary>
public sealed class Database : IDisposable
{
    // synchronous = FULL: under WAL, NORMAL syncs only at checkpoints, so a commit acknowledged to a client could be lost
    // on power loss; FULL syncs the WAL at every commit. SubmissionWriter's group commit shares that sync between
    // the submissions that arrive together.
    private const string ConnectionPragmas = """
        PRAGMA busy_timeout = {0};
        PRAGMA foreign_keys = ON;
        PRAGMA synchronous = FULL;
        """;

    private readonly string _connectionString;
    private readonly string _connectionPragmas;

    // A pooled connection keeps its SQLite handle, and the handle keeps its pragmas: they are set once per
    // handle, not again on every open from the pool (every read opens one). Each handle maps to the pragmas
    // last run on it; the pool is shared by every Database on the same file, whatever its options.
    private static readonly ConditionalWeakTable<sqlite3, string> PragmasRun = new();
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ResiliencePipeline _writeRetry;
    private long _writeRetries;

    // The writer's own connection, open for the life of this object so that its prepared statements can be
    // reused; touched only by the unit of work that holds _writer.
    private SqliteConnection? _writerConnection;
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    public Database(string path, LockRetryOptions? options = null)
    {
        options ??= new LockRetryOptions();
        if (options.CommandTimeoutSeconds < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "CommandTimeoutSeconds must be at least 1: 0 would wait for a lock forever.");
        if (options.WriteAttempts < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "WriteAttempts must be at least 1.");

        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = options.CommandTimeoutSeconds,
        }.ToString();
        _connectionPragmas = string.Format(
            System.Globalization.CultureInfo.InvariantCulture, ConnectionPragmas, (int)options.BusyTimeout.TotalMilliseconds);
        _writeRetry = BuildWriteRetry(options);

        try
        {
            CreateFolder();

            // The journal mode is stored in the file: setting it once is enough for every later connection.
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            command.ExecuteScalar();
        }
        catch (Exception e) when (UnusableDatabaseException.From(Path, e) is { } unusable)
        {
            throw unusable;
        }
    }

    private void CreateFolder()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (string.IsNullOrEmpty(folder))
            return;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnusableDatabaseException(Path, $"Cannot use database {Path}: its folder {folder} cannot be created " +
                $"({e.Message.TrimEnd('.')}). Create it with write access for the service's user, or set Database:Path to another file.", e);
        }
    }

    /// <summary>The full path of the SQLite file.</summary>
    public string Path { get; }

    /// <summary>How many times a write unit has been retried after SQLITE_BUSY or SQLITE_LOCKED, since start.</summary>
    public long WriteRetries => Interlocked.Read(ref _writeRetries);

    /// <summary>Runs <paramref name="read"/> on an open connection of its own (WAL: it never waits for a writer).</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await read(connection);
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one unit in a <c>BEGIN IMMEDIATE</c> transaction and commits it.
    /// Only one unit runs at a time in this process. When the file is locked by another connection
    /// (SQLITE_BUSY, SQLITE_LOCKED) the whole unit (open, begin, work, commit) runs again, so
    /// <paramref name="work"/> must do nothing outside the transaction that cannot be repeated.
    /// </summary>
    public async Task<T> WriteAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            return await _writeRetry.ExecuteAsync(
                static async (state, token) => await state.Database.WriteOnceAsync(state.Work, token),
                (Database: this, Work: work),
                cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }

    private async Task<T> WriteOnceAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = _writerConnection ??= await OpenAsync(cancellationToken);
        try
        {
            // deferred: false makes Microsoft.Data.Sqlite issue BEGIN IMMEDIATE: the write lock is taken
            // now, not at the first write, so a unit never fails half-way on a lock it could not upgrade.
            await using var transaction = connection.BeginTransaction(deferred: false);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (SqliteException e) when (!IsLockContention(e) && e.SqliteErrorCode != SqliteResultCodes.Full)
        {
            // Whatever went wrong may have left the connection unusable: start the next unit on a fresh one.
            // A full disk does not: the connection and its prepared statements stay for when there is room again.
            DropWriterConnection();
            throw;
        }
    }

    /// <summary>
    /// A prepared statement of the writer's connection, for the hot write path only: SQLite spends time on every column
    /// preparing a statement, and neither Microsoft.Data.Sqlite nor Dapper reuses one across commands, so a statement
    /// run for every submission is prepared once and kept (ingest's cost is measured in docs/PERFORMANCE.md). Set its parameters' values and run it
    /// inside the unit of work whose <paramref name="transaction"/> is given; never dispose it.
    /// </summary>
    public SqliteCommand Prepared(SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        if (transaction.Connection != _writerConnection)
            throw new InvalidOperationException("Prepared statements belong to the writer's connection: use them inside WriteAsync.");
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = transaction.Connection!.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameterNames)
                command.Parameters.Add(new SqliteParameter(name, null));
            command.Transaction = transaction;
            command.Prepare();
            _prepared[sql] = command;
        }
        command.Transaction = transaction;
        return command;
    }

    private void DropWriterConnection()
    {
        foreach (var command in _prepared.Values)
            command.Dispose();
        _prepared.Clear();
        _writerConnection?.Dispose();
        _writerConnection = null;
    }

    private ResiliencePipeline BuildWriteRetry(LockRetryOptions options)
    {
        if (options.WriteAttempts == 1)
            return ResiliencePipeline.Empty;

        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SqliteException>(IsLockContention),
                MaxRetryAttempts = options.WriteAttempts - 1,
                Delay = options.WriteRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = _ =>
                {
                    Interlocked.Increment(ref _writeRetries);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>
    /// Proves the file can be read and written: takes the write lock (<c>BEGIN IMMEDIATE</c>) and reads the
    /// migration journal inside it. Throws when either fails.
    /// </summary>
    public Task CheckReadWriteAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT count(*) FROM schema_migrations";
            return await command.ExecuteScalarAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Proves a write that needs room can commit: a page is allocated, written and freed again in one transaction.
    /// Throws SQLITE_FULL while the disk (or the file's <c>max_page_count</c>) leaves no room.
    /// </summary>
    public Task CheckRoomAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                CREATE TABLE storage_probe (b BLOB);
                INSERT INTO storage_probe VALUES (zeroblob(8192));
                DROP TABLE storage_probe;
                """;
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>SQLITE_BUSY (5) or SQLITE_LOCKED (6): another connection holds the lock; trying again may work.</summary>
    public static bool IsLockContention(SqliteException exception) => exception.SqliteErrorCode is SqliteResultCodes.Busy or SqliteResultCodes.Locked;

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            if (PragmasRun.TryGetValue(connection.Handle!, out var run) && run == _connectionPragmas)
                return connection;
            using var command = connection.CreateCommand();
            command.CommandText = _connectionPragmas;
            command.ExecuteNonQuery();
            PragmasRun.AddOrUpdate(connection.Handle!, _connectionPragmas);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (PragmasRun.TryGetValue(connection.Handle!, out var run) && run == _connectionPragmas)
                return connection;
            await using var command = connection.CreateCommand();
            command.CommandText = _connectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            PragmasRun.AddOrUpdate(connection.Handle!, _connectionPragmas);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the pooled connections to the file, so that it can be moved or deleted.</summary>
    public void Dispose()
    {
        DropWriterConnection();
        using (var connection = new SqliteConnection(_connectionString))
            SqliteConnection.ClearPool(connection);
        _writer.Dispose();
    }
}
