using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Journal.Tests;

/// <summary>Batches through the journal against the fake server: what was uploaded, how often, and what the journal kept.</summary>
public sealed class ProgenyJournalTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private ProgenyFakeServer _fake = null!;
    private ProgenyClient _client = null!;

    public async Task InitializeAsync()
    {
        _fake = await ProgenyFakeServer.StartAsync();
        _client = _fake.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _fake.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_RerunAfterACleanFinish_UploadsNothingAndReturnsTheSameResults()
    {
        var items = TemporaryFolder.Items(_folder.WriteImages(5));
        IReadOnlyList<ProgenyJournalResult<PassportOcrResult>> first;
        await using (var journal = await ProgenyJournal.OpenAsync(_folder.Journal))
        {
            first = await journal.RunAsync(_client.OcrPassport, items);
        }

        _fake.Recording.UploadCount.ShouldBe(5);
        var statusReads = _fake.Recording.StatusReadCount;
        await using var reopened = await ProgenyJournal.OpenAsync(_folder.Journal);
        var second = await reopened.RunAsync(_client.OcrPassport, items);

        _fake.Recording.UploadCount.ShouldBe(5);
        _fake.Recording.StatusReadCount.ShouldBe(statusReads);
        second.Select(r => r.Entry.State).ShouldAllBe(state => state == ProgenyJournalEntryState.Finished);
        second.Select(r => r.Result!.TaskId).ShouldBe(first.Select(r => r.Result!.TaskId));
        second.Select(r => r.Result!.Document.DocumentNumber).ShouldAllBe(number => number == "XX008080");
        second.Select(r => r.Result!.Document.DateOfBirth).ShouldAllBe(date => date == new DateOnly(1991, 9, 24));
        second.Select(r => r.Result!.TaskId).ShouldBe(_fake.Recording.Uploads.Select(u => u.TaskId!), ignoreOrder: true);
    }

    [Fact]
    public async Task RunAsync_EachInput_UploadsItsOwnBytesOnceAndRecordsItsSha256()
    {
        var paths = _folder.WriteImages(3);
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);

        var results = await journal.RunAsync(_client.OcrPassport, TemporaryFolder.Items(paths));

        var hashes = paths.Select(p => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p)))).ToArray();
        results.Select(r => r.Entry.ContentSha256).ShouldBe(hashes);
        _fake.Recording.Uploads.Select(u => u.FileSha256!.ToLowerInvariant()).ShouldBe(hashes, ignoreOrder: true);
        results.Select(r => r.Entry.Key).ShouldBe(["passport-0000.jpg", "passport-0001.jpg", "passport-0002.jpg"]);
        results.ShouldAllBe(r => r.Entry.Attempts == 1 && r.Entry.Service == "ocr_passport");
    }

    [Fact]
    public async Task FindAsync_AfterARun_ReadsTheEntryOfTheSameKeyContentAndServiceOnly()
    {
        var paths = _folder.WriteImages(2);
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);
        var item = TemporaryFolder.Items(paths)[0];
        (await journal.FindAsync<PassportOcrResult>(item.Key, item.Images)).ShouldBeNull();
        var ran = (await journal.RunAsync(_client.OcrPassport, [item])).Single();

        var found = await journal.FindAsync<PassportOcrResult>(item.Key, item.Images);

        found.ShouldBe(ran.Entry);
        found!.State.ShouldBe(ProgenyJournalEntryState.Finished);
        (await journal.FindAsync<PassportOcrResult>(item.Key, [ProgenyImage.FromFile(paths[1])])).ShouldBeNull("other content is another input");
        (await journal.FindAsync<PassportOcrResult>("another-key.jpg", item.Images)).ShouldBeNull();
        (await journal.FindAsync<FaceLivenessResult>(item.Key, item.Images)).ShouldBeNull("another service is another check");
        _fake.Recording.UploadCount.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_CrashAfterUploadedWasCommitted_ResumesWaitingWithoutUploading()
    {
        var items = TemporaryFolder.Items(_folder.WriteImages(3));
        await CrashAtAsync(items, ProgenyJournalEntryState.Uploaded, occurrence: 2);
        _fake.Recording.UploadCount.ShouldBe(2);

        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);
        (await journal.GetCountsAsync()).ShouldBe(new ProgenyJournalCounts(0, 1, 1, 0, 0));
        var results = await journal.RunAsync(_client.OcrPassport, items, new ProgenyJournalRunOptions { MaxConcurrency = 1 });

        _fake.Recording.UploadCount.ShouldBe(3);  // the third, never sent; the second, uploaded, was waited for
        results.ShouldAllBe(r => r.Entry.State == ProgenyJournalEntryState.Finished && r.Result != null);
        results.Select(r => r.Entry.TaskId).ShouldBe(_fake.Recording.Uploads.Select(u => u.TaskId), ignoreOrder: true);
    }

    [Fact]
    public async Task RunAsync_CrashAfterPendingWasCommitted_IsAnUnknownOutcomeNotResentUnlessAsked()
    {
        var items = TemporaryFolder.Items(_folder.WriteImages(2));
        await CrashAtAsync(items, ProgenyJournalEntryState.Pending, occurrence: 1);
        _fake.Recording.UploadCount.ShouldBe(0);

        await using (var journal = await ProgenyJournal.OpenAsync(_folder.Journal))
        {
            var results = await journal.RunAsync(_client.OcrPassport, items, new ProgenyJournalRunOptions { MaxConcurrency = 1 });

            results[0].Entry.State.ShouldBe(ProgenyJournalEntryState.UnknownOutcome);
            results[0].Entry.FailureKind.ShouldBe("interrupted");
            results[0].Entry.TaskMayExist.ShouldBeTrue();
            results[0].Result.ShouldBeNull();
            results[1].Entry.State.ShouldBe(ProgenyJournalEntryState.Finished);
            _fake.Recording.UploadCount.ShouldBe(1);
        }

        await using var again = await ProgenyJournal.OpenAsync(_folder.Journal);
        var resent = await again.RunAsync(_client.OcrPassport, items, new ProgenyJournalRunOptions { ResendUnknown = true });

        _fake.Recording.UploadCount.ShouldBe(2);
        _fake.Recording.Uploads[1].FileSha256!.ToLowerInvariant().ShouldBe(resent[0].Entry.ContentSha256);
        resent[0].Entry.State.ShouldBe(ProgenyJournalEntryState.Finished);
        resent[0].Entry.Attempts.ShouldBe(2);
        resent[1].Entry.Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task OpenAsync_AfterACrashMidUpload_KeepsTheTimeTheUploadWasAboutToBeSent()
    {
        var items = TemporaryFolder.Items(_folder.WriteImages(1));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.Zero));
        var aboutToUpload = clock.GetUtcNow();
        await using (var crashing = await ProgenyJournal.OpenAsync(_folder.Journal, clock))
        {
            crashing.AfterCommit = state => throw new SimulatedCrashException();
            await Should.ThrowAsync<SimulatedCrashException>(() => crashing.RunAsync(_client.OcrPassport, items));
        }

        clock.Advance(TimeSpan.FromHours(3));
        await using var reopened = await ProgenyJournal.OpenAsync(_folder.Journal, clock);
        var entry = (await reopened.GetEntriesAsync()).ShouldHaveSingleItem();

        entry.State.ShouldBe(ProgenyJournalEntryState.UnknownOutcome);
        entry.UpdatedAt.ShouldBe(aboutToUpload);
        entry.CreatedAt.ShouldBe(aboutToUpload);
    }

    [Theory]
    [InlineData(ProgenyJournalEntryState.Pending, 1)]
    [InlineData(ProgenyJournalEntryState.Uploaded, 1)]
    [InlineData(ProgenyJournalEntryState.Finished, 1)]
    [InlineData(ProgenyJournalEntryState.Pending, 3)]
    [InlineData(ProgenyJournalEntryState.Uploaded, 3)]
    [InlineData(ProgenyJournalEntryState.Finished, 3)]
    public async Task RunAsync_CrashAfterAnyDurableStep_LosesNoResultAndUploadsEachInputOnceAtMost(ProgenyJournalEntryState step, int occurrence)
    {
        var items = TemporaryFolder.Items(_folder.WriteImages(4));
        await CrashAtAsync(items, step, occurrence);

        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);
        var results = await journal.RunAsync(_client.OcrPassport, items, new ProgenyJournalRunOptions { MaxConcurrency = 1 });

        var unknown = results.Count(r => r.Entry.State == ProgenyJournalEntryState.UnknownOutcome);
        unknown.ShouldBe(step == ProgenyJournalEntryState.Pending ? 1 : 0);
        results.Count(r => r.Entry.State == ProgenyJournalEntryState.Finished).ShouldBe(4 - unknown);
        _fake.Recording.UploadCount.ShouldBe(4 - unknown);
        _fake.Recording.Uploads.Select(u => u.FileSha256).Distinct().Count().ShouldBe(4 - unknown);
    }

    [Fact]
    public async Task RunAsync_ManyConcurrentUploads_RecordsEveryInputOnce()
    {
        var items = TemporaryFolder.Items(_folder.WriteImages(40));
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);

        var results = await journal.RunAsync(_client.OcrPassport, items, new ProgenyJournalRunOptions { MaxConcurrency = 8 });

        _fake.Recording.UploadCount.ShouldBe(40);
        results.Select(r => r.Entry.TaskId).Distinct().Count().ShouldBe(40);
        var entries = await journal.GetEntriesAsync();
        entries.Count.ShouldBe(40);
        entries.ShouldAllBe(e => e.State == ProgenyJournalEntryState.Finished && e.ResultJson != null);
    }

    [Fact]
    public async Task RunAsync_SameInputTwiceInABatch_UploadsItOnce()
    {
        var path = _folder.WriteImages(1)[0];
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);

        var results = await journal.RunAsync(_client.OcrPassport, TemporaryFolder.Items([path, path]));

        _fake.Recording.UploadCount.ShouldBe(1);
        results[1].ShouldBe(results[0]);
    }

    [Fact]
    public async Task RunAsync_FileChangedSinceTheLastRun_IsANewInput()
    {
        var path = _folder.WriteImages(1)[0];
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);
        await journal.RunAsync(_client.OcrPassport, TemporaryFolder.Items([path]));

        File.WriteAllBytes(path, SampleImages.JpegWith("rescanned"));
        await journal.RunAsync(_client.OcrPassport, TemporaryFolder.Items([path]));

        _fake.Recording.UploadCount.ShouldBe(2);
        (await journal.GetCountsAsync()).Finished.ShouldBe(2);
    }

    [Fact]
    public async Task RunAsync_TaskEndsFailed_RecordsTheFailureAndNeverResendsIt()
    {
        _fake.EnqueueTaskOutcome(FakeTaskOutcome.FailedCheck("DOCUMENT_NOT_FOUND"));
        var items = TemporaryFolder.Items(_folder.WriteImages(1));
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);

        var failed = (await journal.RunAsync(_client.OcrPassport, items))[0];
        var rerun = (await journal.RunAsync(_client.OcrPassport, items, new ProgenyJournalRunOptions { ResendUnknown = true }))[0];

        failed.Entry.State.ShouldBe(ProgenyJournalEntryState.Failed);
        failed.Entry.FailureKind.ShouldBe("task-failed");
        failed.Entry.TaskMayExist.ShouldBeTrue();
        failed.Entry.TaskId.ShouldBe(_fake.Recording.Uploads.ShouldHaveSingleItem().TaskId);
        rerun.Entry.ShouldBe(failed.Entry);
        _fake.Recording.UploadCount.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_UploadRefusedBeforeAnyTask_RecordsRefusedAndUploadsAgainOnRerun()
    {
        _fake.InjectFault(FakeFault.Status(400, """{"image":["Upload a valid image."]}"""), FakeEndpoint.OcrPassport);
        var items = TemporaryFolder.Items(_folder.WriteImages(1));
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);

        var refused = (await journal.RunAsync(_client.OcrPassport, items))[0];
        var rerun = (await journal.RunAsync(_client.OcrPassport, items))[0];

        refused.Entry.State.ShouldBe(ProgenyJournalEntryState.Failed);
        refused.Entry.FailureKind.ShouldBe("refused");
        refused.Entry.TaskMayExist.ShouldBeFalse();
        rerun.Entry.State.ShouldBe(ProgenyJournalEntryState.Finished);
        rerun.Entry.Attempts.ShouldBe(2);
        _fake.Recording.RequestsTo(FakeEndpoint.OcrPassport).Count.ShouldBe(2);
    }

    [Fact]
    public async Task RunAsync_ConnectionDroppedAfterTheServerProcessedTheUpload_IsAnUnknownOutcome()
    {
        _fake.InjectFault(FakeFault.DropConnectionAfterProcessing(), FakeEndpoint.OcrPassport);
        var items = TemporaryFolder.Items(_folder.WriteImages(1));
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);

        var result = (await journal.RunAsync(_client.OcrPassport, items))[0];
        var rerun = (await journal.RunAsync(_client.OcrPassport, items))[0];

        result.Entry.State.ShouldBe(ProgenyJournalEntryState.UnknownOutcome);
        result.Entry.FailureKind.ShouldBe("upload-broken");
        rerun.Entry.ShouldBe(result.Entry);
        _fake.Recording.RequestsTo(FakeEndpoint.OcrPassport).Count.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_ResultStored_RoundTripsTheTypedResult()
    {
        var items = TemporaryFolder.Items(_folder.WriteImages(1));
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);
        var live = (await journal.RunAsync(_client.OcrPassport, items))[0].Result!;

        var stored = (await journal.RunAsync(_client.OcrPassport, items))[0].Result!;

        stored.Document.ShouldBe(live.Document);
        stored.TaskId.ShouldBe(live.TaskId);
        stored.RecordId.ShouldBe(live.RecordId);
        using var json = JsonDocument.Parse((await journal.GetEntriesAsync())[0].ResultJson!);
        json.RootElement.GetProperty("document").GetProperty("document_number").GetString().ShouldBe("XX008080");
    }

    [Fact]
    public async Task ToString_OfEntriesAndResults_PrintsNeitherTheKeyNorPersonalData()
    {
        var items = TemporaryFolder.Items(_folder.WriteImages(1));
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);

        var result = (await journal.RunAsync(_client.OcrPassport, items))[0];

        foreach (var text in new[] { result.ToString(), result.Entry.ToString(), items[0].ToString() })
        {
            text.ShouldNotContain("passport-0000");
            text.ShouldNotContain("XX008080");
            text.ShouldNotContain("PERFILOVA");
            text.ShouldNotContain(result.Entry.ContentSha256);
        }

        result.Entry.ToString().ShouldContain(result.Entry.TaskId!);
    }

    /// <summary>Runs the batch one input at a time and throws (a crash) right after the given step is committed for the given time.</summary>
    private async Task CrashAtAsync(IReadOnlyList<ProgenyJournalItem<OcrPassportRequest>> items, ProgenyJournalEntryState step, int occurrence)
    {
        await using var journal = await ProgenyJournal.OpenAsync(_folder.Journal);
        var seen = 0;
        journal.AfterCommit = state =>
        {
            if (state == step && ++seen == occurrence)
            {
                throw new SimulatedCrashException();
            }
        };

        await Should.ThrowAsync<SimulatedCrashException>(() => journal.RunAsync(_client.OcrPassport, items, new ProgenyJournalRunOptions { MaxConcurrency = 1 }));
    }
}
