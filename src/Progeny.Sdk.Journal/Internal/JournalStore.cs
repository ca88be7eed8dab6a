using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Progeny.Sdk.Internal;

/// <summary>
/// The journal's SQLite file: one connection, held exclusively (another process cannot open the journal while this
/// one runs), WAL with <c>synchronous=FULL</c> so that every committed statement survives a kill or a power cut.
/// Statements are serialized: the connection is not thread-safe, and each is its own transaction.
/// </summary>
internal sealed class JournalStore : IAsyncDisposable
{
    /// <summary>"PRGJ": marks the file as a Progeny journal in the SQLite header.</summary>
    public const int ApplicationId = 0x5052474A;

    public const int SchemaVersion = 1;

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private const string Columns =
        "service, input_key, content_sha256, state, task_id, failure_kind, task_may_exist, attempts, created_at, updated_at, result_json";

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private JournalStore(SqliteConnection connection) => _connection = connection;

    public static async Task<JournalStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 2,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var store = new JournalStore(connection);
            await store.PrepareAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (SqliteException exception)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw Translate(exception);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<ProgenyJournalEntry?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var entries = await QueryAsync($"SELECT {Columns} FROM entries WHERE id = $id", cancellationToken, ("$id", id)).ConfigureAwait(false);
        return entries.Count == 0 ? null : entries[0];
    }

    public Task<IReadOnlyList<ProgenyJournalEntry>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM entries ORDER BY created_at, rowid", cancellationToken);

    public async Task<ProgenyJournalCounts> CountAsync(CancellationToken cancellationToken)
    {
        var counts = new int[5];
        await RunAsync(async command =>
        {
            command.CommandText = "SELECT state, COUNT(*) FROM entries GROUP BY state";
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    counts[(int)ParseState(reader.GetString(0))] = reader.GetInt32(1);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
        return new ProgenyJournalCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /// <summary>Writes the entry whole, as one durable transaction.</summary>
    public Task SaveAsync(string id, ProgenyJournalEntry entry, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"INSERT OR REPLACE INTO entries (id, {Columns}) VALUES ($id, $service, $key, $sha, $state, $task, $failure, $may, $attempts, $created, $updated, $result)",
            cancellationToken,
            ("$id", id), ("$service", entry.Service), ("$key", entry.Key), ("$sha", entry.ContentSha256),
            ("$state", JournalExporter.StateName(entry.State)), ("$task", entry.TaskId), ("$failure", entry.FailureKind),
            ("$may", entry.TaskMayExist ? 1 : 0), ("$attempts", entry.Attempts),
            ("$created", entry.CreatedAt.ToString("O", CultureInfo.InvariantCulture)),
            ("$updated", entry.UpdatedAt.ToString("O", CultureInfo.InvariantCulture)), ("$result", entry.ResultJson));

    /// <summary>
    /// Turns every entry left <c>pending</c> by a process that died mid-upload into an unknown outcome, keeping its
    /// time: when the upload was about to be sent, what to look for at Progeny.
    /// </summary>
    public Task MarkInterruptedAsync(CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE entries SET state = 'unknown_outcome', failure_kind = 'interrupted', task_may_exist = 1 WHERE state = 'pending'",
            cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM entries WHERE id = $id", cancellationToken, ("$id", id));

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    private static ProgenyJournalException Translate(SqliteException exception) => exception.SqliteErrorCode switch
    {
        SqliteBusy or SqliteLocked => new ProgenyJournalException("The journal is open in another process or another ProgenyJournal: run one batch per journal at a time.", exception) { Kind = ProgenyJournalErrorKind.InUse },
        SqliteCorrupt or SqliteNotADatabase => Corrupt(exception),
        _ => new ProgenyJournalException($"The journal file cannot be opened (SQLite error {exception.SqliteErrorCode}).", exception) { Kind = ProgenyJournalErrorKind.Corrupt },
    };

    private static ProgenyJournalException Corrupt(Exception? cause = null) =>
        new("The file is not a SQLite database or is damaged (truncated or overwritten): it is not a usable Progeny journal. Keep it for inspection and start a new journal only after accounting for its uploads.", cause)
        {
            Kind = ProgenyJournalErrorKind.Corrupt,
        };

    private static ProgenyJournalEntryState ParseState(string state) => state switch
    {
        "pending" => ProgenyJournalEntryState.Pending,
        "uploaded" => ProgenyJournalEntryState.Uploaded,
        "finished" => ProgenyJournalEntryState.Finished,
        "failed" => ProgenyJournalEntryState.Failed,
        "unknown_outcome" => ProgenyJournalEntryState.UnknownOutcome,
        _ => throw Corrupt(),
    };

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        // Exclusive: the first write lock is kept until the journal is closed, so a second runner fails at once.
        await ExecuteAsync("PRAGMA locking_mode = EXCLUSIVE", cancellationToken).ConfigureAwait(false);
        var applicationId = await ScalarAsync("PRAGMA application_id", cancellationToken).ConfigureAwait(false);
        var tables = await ScalarAsync("SELECT COUNT(*) FROM sqlite_schema", cancellationToken).ConfigureAwait(false);
        if (applicationId != ApplicationId && (applicationId != 0 || tables != 0))
        {
            throw new ProgenyJournalException("The file is a SQLite database of another application or schema, not a Progeny journal.") { Kind = ProgenyJournalErrorKind.Foreign };
        }

        var version = await ScalarAsync("PRAGMA user_version", cancellationToken).ConfigureAwait(false);
        if (version > SchemaVersion)
        {
            throw new ProgenyJournalException($"The journal has schema version {version}; this Progeny.Sdk.Journal reads version {SchemaVersion}: update the package.") { Kind = ProgenyJournalErrorKind.NewerSchema };
        }

        if (tables != 0 && await QuickCheckAsync(cancellationToken).ConfigureAwait(false) != "ok")
        {
            throw Corrupt();
        }

        await ExecuteAsync("PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("PRAGMA synchronous = FULL", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            $"""
            BEGIN IMMEDIATE;
            CREATE TABLE IF NOT EXISTS entries (
                id TEXT PRIMARY KEY NOT NULL,
                service TEXT NOT NULL,
                input_key TEXT NOT NULL,
                content_sha256 TEXT NOT NULL,
                state TEXT NOT NULL,
                task_id TEXT,
                failure_kind TEXT,
                task_may_exist INTEGER NOT NULL,
                attempts INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                result_json TEXT);
            PRAGMA application_id = {ApplicationId};
            PRAGMA user_version = {SchemaVersion};
            COMMIT;
            """,
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> QuickCheckAsync(CancellationToken cancellationToken)
    {
        string? answer = null;
        await RunAsync(async command =>
        {
            command.CommandText = "PRAGMA quick_check(1)";
            answer = (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return answer;
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        long value = 0;
        await RunAsync(async command =>
        {
            command.CommandText = sql;
            value = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L);
        }, cancellationToken).ConfigureAwait(false);
        return value;
    }

    private Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        RunAsync(async command =>
        {
            command.CommandText = sql;
            Bind(command, parameters);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private async Task<IReadOnlyList<ProgenyJournalEntry>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var entries = new List<ProgenyJournalEntry>();
        await RunAsync(async command =>
        {
            command.CommandText = sql;
            Bind(command, parameters);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    entries.Add(new ProgenyJournalEntry
                    {
                        Service = reader.GetString(0),
                        Key = reader.GetString(1),
                        ContentSha256 = reader.GetString(2),
                        State = ParseState(reader.GetString(3)),
                        TaskId = reader.IsDBNull(4) ? null : reader.GetString(4),
                        FailureKind = reader.IsDBNull(5) ? null : reader.GetString(5),
                        TaskMayExist = reader.GetInt32(6) != 0,
                        Attempts = reader.GetInt32(7),
                        CreatedAt = DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture),
                        UpdatedAt = DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture),
                        ResultJson = reader.IsDBNull(10) ? null : reader.GetString(10),
                    });
                }
            }
        }, cancellationToken).ConfigureAwait(false);
        return entries;
    }

    private static void Bind(SqliteCommand command, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private async Task RunAsync(Func<SqliteCommand, Task> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = _connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                await action(command).ConfigureAwait(false);
            }
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            throw Corrupt(exception);
        }
        finally
        {
            _gate.Release();
        }
    }
}
