using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Journal.Tests;

/// <summary>Exports of a journal: JSON Lines and CSV, one record per entry, results included.</summary>
public sealed class ProgenyJournalExportTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.Zero));
    private ProgenyFakeServer _fake = null!;
    private ProgenyJournal _journal = null!;

    public async Task InitializeAsync()
    {
        _fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        _fake.EnqueueTaskOutcome(FakeTaskOutcome.Success());
        _fake.EnqueueTaskOutcome(FakeTaskOutcome.FailedCheck("DOCUMENT_NOT_FOUND"));
        _journal = await ProgenyJournal.OpenAsync(_folder.Journal, _clock);
        using var client = _fake.CreateClient();
        var paths = _folder.WriteImages(2);
        File.Move(paths[0], Path.Combine(_folder.Images, "a,\"quoted\".jpg"));
        await _journal.RunAsync(client.OcrPassport, TemporaryFolder.Items(Directory.GetFiles(_folder.Images).Order(StringComparer.Ordinal)), new ProgenyJournalRunOptions { MaxConcurrency = 1 });
    }

    public async Task DisposeAsync()
    {
        await _journal.DisposeAsync();
        await _fake.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ExportAsync_JsonLines_WritesOneObjectPerEntryWithItsResult()
    {
        var output = new MemoryStream();

        await _journal.ExportAsync(output, ProgenyJournalExportFormat.JsonLines);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        using var finished = JsonDocument.Parse(lines[0]);
        finished.RootElement.GetProperty("key").GetString().ShouldBe("a,\"quoted\".jpg");
        finished.RootElement.GetProperty("state").GetString().ShouldBe("finished");
        finished.RootElement.GetProperty("created_at").GetString().ShouldBe("2026-12-02T09:30:00.0000000+00:00");
        finished.RootElement.GetProperty("result").GetProperty("document").GetProperty("last_name").GetString().ShouldBe("PERFILOVA");
        using var failed = JsonDocument.Parse(lines[1]);
        failed.RootElement.GetProperty("state").GetString().ShouldBe("failed");
        failed.RootElement.GetProperty("failure_kind").GetString().ShouldBe("task-failed");
        failed.RootElement.GetProperty("task_id").GetString().ShouldBe(_fake.Recording.Uploads[1].TaskId);
        failed.RootElement.GetProperty("result").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task ExportAsync_Csv_WritesAHeaderAndQuotesCellsAsRfc4180Says()
    {
        var output = new MemoryStream();

        await _journal.ExportAsync(output, ProgenyJournalExportFormat.Csv);

        var text = Encoding.UTF8.GetString(output.ToArray());
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows.Length.ShouldBe(3);
        rows[0].ShouldBe("service,key,content_sha256,state,task_id,failure_kind,task_may_exist,attempts,created_at,updated_at,result");
        rows[1].ShouldStartWith("ocr_passport,\"a,\"\"quoted\"\".jpg\",");
        rows[1].ShouldContain(",finished,");
        rows[1].ShouldContain("\"\"last_name\"\":\"\"PERFILOVA\"\"");
        rows[2].ShouldContain(",failed,");
        rows[2].ShouldEndWith(",");
    }
}
