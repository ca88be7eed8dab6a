using Microsoft.Data.Sqlite;

namespace Progeny.Sdk.Journal.Tests;

/// <summary>Opening journal files: new, reopened, in use, corrupt, foreign, truncated, newer.</summary>
public sealed class ProgenyJournalFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task OpenAsync_NewFile_CreatesAnEmptyJournalInWalMode()
    {
        await using (var journal = await ProgenyJournal.OpenAsync(_folder.Journal))
        {
            (await journal.GetCountsAsync()).Total.ShouldBe(0);
        }

        await using var connection = new SqliteConnection($"Data Source={_folder.Journal};Pooling=False");
        await connection.OpenAsync();
        Scalar(connection, "PRAGMA journal_mode").ShouldBe("wal");
        Scalar(connection, "PRAGMA user_version").ShouldBe(1L);
        Scalar(connection, "PRAGMA application_id").ShouldBe(0x5052474AL);
    }

    [Fact]
    public async Task OpenAsync_FileOfRandomBytes_ThrowsCorrupt()
    {
        await File.WriteAllBytesAsync(_folder.Journal, new Random(7).GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 8192));

        var failure = await Should.ThrowAsync<ProgenyJournalException>(() => ProgenyJournal.OpenAsync(_folder.Journal));

        failure.Kind.ShouldBe(ProgenyJournalErrorKind.Corrupt);
        failure.Message.ShouldNotContain(_folder.Path);
    }

    [Fact]
    public async Task OpenAsync_SqliteDatabaseOfAnotherSchema_ThrowsForeign()
    {
        await using (var connection = new SqliteConnection($"Data Source={_folder.Journal};Pooling=False"))
        {
            await connection.OpenAsync();
            Execute(connection, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        }

        var failure = await Should.ThrowAsync<ProgenyJournalException>(() => ProgenyJournal.OpenAsync(_folder.Journal));

        failure.Kind.ShouldBe(ProgenyJournalErrorKind.Foreign);
    }

    [Fact]
    public async Task OpenAsync_TruncatedJournal_ThrowsCorrupt()
    {
        await WriteEntriesAsync(200);
        var bytes = await File.ReadAllBytesAsync(_folder.Journal);
        bytes.Length.ShouldBeGreaterThan(8192);
        await File.WriteAllBytesAsync(_folder.Journal, bytes[..(bytes.Length / 2)]);

        var failure = await Should.ThrowAsync<ProgenyJournalException>(() => ProgenyJournal.OpenAsync(_folder.Journal));

        failure.Kind.ShouldBe(ProgenyJournalErrorKind.Corrupt);
    }

    [Fact]
    public async Task OpenAsync_JournalOfANewerSchema_ThrowsNewerSchema()
    {
        await WriteEntriesAsync(1);
        await using (var connection = new SqliteConnection($"Data Source={_folder.Journal};Pooling=False"))
        {
            await connection.OpenAsync();
            Execute(connection, "PRAGMA user_version = 2");
        }

        var failure = await Should.ThrowAsync<ProgenyJournalException>(() => ProgenyJournal.OpenAsync(_folder.Journal));

        failure.Kind.ShouldBe(ProgenyJournalErrorKind.NewerSchema);
    }

    [Fact]
    public async Task OpenAsync_JournalAlreadyOpen_ThrowsInUse()
    {
        await using var first = await ProgenyJournal.OpenAsync(_folder.Journal);

        var failure = await Should.ThrowAsync<ProgenyJournalException>(() => ProgenyJournal.OpenAsync(_folder.Journal));

        failure.Kind.ShouldBe(ProgenyJournalErrorKind.InUse);
    }

    /// <summary>Writes entries through the store, without a server, so the file has many pages.</summary>
    private async Task WriteEntriesAsync(int count)
    {
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);
        for (var i = 0; i < count; i++)
        {
            await journal.Store.SaveAsync($"id-{i}", new ProgenyJournalEntry
            {
                Service = "ocr_passport",
                Key = $"passport-{i}.jpg",
                ContentSha256 = new string('a', 64),
                State = ProgenyJournalEntryState.Finished,
                TaskId = Guid.NewGuid().ToString(),
                ResultJson = $$"""{"task_id":"{{i}}","padding":"{{new string('x', 400)}}"}""",
            }, CancellationToken.None);
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
