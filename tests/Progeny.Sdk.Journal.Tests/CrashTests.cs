using System.Diagnostics;
using System.Security.Cryptography;
using Progeny.Sdk.Testing;
using Xunit.Abstractions;

namespace Progeny.Sdk.Journal.Tests;

/// <summary>
/// The crash test: a batch worker killed with SIGKILL at random moments and rerun loses no result and never uploads an
/// input twice, except an unknown outcome resent by explicit choice. CI size by default; the full size with
/// <c>JOURNAL_CRASH_INPUTS=200 JOURNAL_CRASH_KILLS=20</c> (see docs/reliability.md).
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RunAsync_WorkerKilledAtRandomMomentsAndRerun_EveryInputHasOneResultAndNoUploadIsRepeated()
    {
        var inputs = Setting("JOURNAL_CRASH_INPUTS", 20);
        var kills = Setting("JOURNAL_CRASH_KILLS", 3);
        var seed = Setting("JOURNAL_CRASH_SEED", Environment.TickCount);
        using var folder = new TemporaryFolder();
        var hashes = folder.WriteImages(inputs).Select(p => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p)))).ToArray();
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        var driver = new CrashTestDriver(fake, folder, seed);
        var clock = Stopwatch.StartNew();

        await driver.RunAsync(kills, CancellationToken.None);
        var afterKills = UploadsPerInput(fake);
        IReadOnlyList<ProgenyJournalEntry> entries;
        await using (var journal = await ProgenyJournal.OpenAsync(folder.Journal))
        {
            entries = await journal.GetEntriesAsync();
        }

        var unknown = entries.Where(e => e.State == ProgenyJournalEntryState.UnknownOutcome).Select(e => e.ContentSha256).ToHashSet();
        entries.Select(e => e.ContentSha256).ShouldBe(hashes, ignoreOrder: true);
        entries.Where(e => !unknown.Contains(e.ContentSha256)).ShouldAllBe(e => e.State == ProgenyJournalEntryState.Finished);
        foreach (var hash in hashes)
        {
            afterKills.GetValueOrDefault(hash).ShouldBe(unknown.Contains(hash) ? afterKills.GetValueOrDefault(hash) : 1, hash);
            afterKills.GetValueOrDefault(hash).ShouldBeLessThanOrEqualTo(1, hash);
        }

        await driver.RunToEndAsync(resendUnknown: true, CancellationToken.None);
        var final = UploadsPerInput(fake);
        await using (var journal = await ProgenyJournal.OpenAsync(folder.Journal))
        {
            entries = await journal.GetEntriesAsync();
        }

        var uploadedTasks = fake.Recording.Uploads.ToLookup(u => u.FileSha256!.ToLowerInvariant(), u => u.TaskId);
        entries.Count.ShouldBe(inputs);
        foreach (var entry in entries)
        {
            entry.State.ShouldBe(ProgenyJournalEntryState.Finished);
            entry.ResultJson.ShouldNotBeNull();
            uploadedTasks[entry.ContentSha256].ShouldContain(entry.TaskId);  // the result is of this input's own upload
            final[entry.ContentSha256].ShouldBe(afterKills.GetValueOrDefault(entry.ContentSha256) + (unknown.Contains(entry.ContentSha256) ? 1 : 0));
        }

        var repeated = final.Where(pair => pair.Value > 1).Select(pair => pair.Key).ToArray();
        repeated.ShouldAllBe(hash => unknown.Contains(hash));  // a second upload only where the outcome was unknown and resending was asked
        output.WriteLine(
            $"inputs={inputs} kills={driver.Kills}/{kills} seed={seed} uploads={fake.Recording.UploadCount} unknown-outcome={unknown.Count} " +
            $"unknown-never-sent={unknown.Count(h => afterKills.GetValueOrDefault(h) == 0)} resent-by-choice={unknown.Count} " +
            $"repeated-uploads={repeated.Length} results={entries.Count} lost=0 seconds={clock.Elapsed.TotalSeconds:F1}");
    }

    private static Dictionary<string, int> UploadsPerInput(ProgenyFakeServer fake) =>
        fake.Recording.Uploads.GroupBy(u => u.FileSha256!.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count());

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;
}
