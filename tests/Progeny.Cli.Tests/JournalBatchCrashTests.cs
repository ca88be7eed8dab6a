using System.Diagnostics;
using System.Security.Cryptography;
using Progeny.Sdk;
using Progeny.Sdk.Testing;
using Xunit.Abstractions;

namespace Progeny.Cli.Tests;

/// <summary>
/// The crash test of issue 13: the <c>progeny</c> process, running a batch with <c>--journal</c>, killed with SIGKILL at
/// random moments and rerun, loses no result and never uploads an input twice, except an unknown outcome resent by
/// explicit choice (<c>--resend-unknown</c>). CI size by default; the full size with
/// <c>JOURNAL_CRASH_INPUTS=200 JOURNAL_CRASH_KILLS=20</c> (see docs/reliability.md).
/// </summary>
public sealed class JournalBatchCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Passport_CliKilledAtRandomMomentsAndRerun_EveryInputHasOneResultAndNoUploadIsRepeated()
    {
        var inputs = Setting("JOURNAL_CRASH_INPUTS", 12);
        var kills = Setting("JOURNAL_CRASH_KILLS", 3);
        var seed = Setting("JOURNAL_CRASH_SEED", Environment.TickCount);
        using var folder = new TemporaryFolder();
        var images = Directory.CreateDirectory(folder.PathOf("images")).FullName;
        var hashes = Enumerable.Range(0, inputs).Select(index =>
        {
            var bytes = SampleImages.JpegWith($"input-{index}");
            File.WriteAllBytes(Path.Combine(images, $"passport-{index:D4}.jpg"), bytes);
            return Convert.ToHexStringLower(SHA256.HashData(bytes));
        }).ToArray();
        var journal = folder.PathOf("batch.journal");
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        var driver = new CliCrashDriver(fake, images, journal, seed);
        var clock = Stopwatch.StartNew();

        await driver.KillAndRerunAsync(kills, CancellationToken.None);
        var rerun = await driver.RunToEndAsync(resendUnknown: false, CancellationToken.None);
        var afterKills = UploadsPerInput(fake);
        var entries = await EntriesAsync(journal);

        var unknown = entries.Where(e => e.State == ProgenyJournalEntryState.UnknownOutcome).Select(e => e.ContentSha256).ToHashSet();
        rerun.ExitCode.ShouldBe(unknown.Count == 0 ? ExitCodes.Success : ExitCodes.UnknownOutcome, rerun.ToString());
        rerun.JsonLines.Count.ShouldBe(inputs);
        rerun.JsonLines.Count(record => record.GetProperty("failure").ValueKind != System.Text.Json.JsonValueKind.Null).ShouldBe(unknown.Count);
        entries.Select(e => e.ContentSha256).ShouldBe(hashes, ignoreOrder: true);
        entries.Where(e => !unknown.Contains(e.ContentSha256)).ShouldAllBe(e => e.State == ProgenyJournalEntryState.Finished);
        foreach (var hash in hashes)
        {
            afterKills.GetValueOrDefault(hash).ShouldBe(unknown.Contains(hash) ? afterKills.GetValueOrDefault(hash) : 1, hash);
            afterKills.GetValueOrDefault(hash).ShouldBeLessThanOrEqualTo(1, hash);
        }

        var resend = await driver.RunToEndAsync(resendUnknown: true, CancellationToken.None);
        var final = UploadsPerInput(fake);
        entries = await EntriesAsync(journal);

        resend.ExitCode.ShouldBe(ExitCodes.Success, resend.ToString());
        var uploadedTasks = fake.Recording.Uploads.ToLookup(u => u.FileSha256!.ToLowerInvariant(), u => u.TaskId);
        var printedTasks = resend.JsonLines.Select(record => record.GetProperty("taskId").GetString()).ToHashSet();
        entries.Count.ShouldBe(inputs);
        foreach (var entry in entries)
        {
            entry.State.ShouldBe(ProgenyJournalEntryState.Finished);
            entry.ResultJson.ShouldNotBeNull();
            uploadedTasks[entry.ContentSha256].ShouldContain(entry.TaskId);  // the result is of this input's own upload
            printedTasks.ShouldContain(entry.TaskId);                      // and the CLI printed it
            final[entry.ContentSha256].ShouldBe(afterKills.GetValueOrDefault(entry.ContentSha256) + (unknown.Contains(entry.ContentSha256) ? 1 : 0));
        }

        var repeated = final.Where(pair => pair.Value > 1).Select(pair => pair.Key).ToArray();
        repeated.ShouldAllBe(hash => unknown.Contains(hash));  // a second upload only where the outcome was unknown and resending was asked
        output.WriteLine(
            $"inputs={inputs} kills={driver.Kills}/{kills} seed={seed} uploads={fake.Recording.UploadCount} unknown-outcome={unknown.Count} " +
            $"unknown-never-sent={unknown.Count(h => afterKills.GetValueOrDefault(h) == 0)} resent-by-choice={unknown.Count} " +
            $"repeated-uploads={repeated.Length} results={entries.Count} lost=0 seconds={clock.Elapsed.TotalSeconds:F1}");
    }

    private static async Task<IReadOnlyList<ProgenyJournalEntry>> EntriesAsync(string path)
    {
        await using var journal = await ProgenyJournal.OpenAsync(path);
        return await journal.GetEntriesAsync();
    }

    private static Dictionary<string, int> UploadsPerInput(ProgenyFakeServer fake) =>
        fake.Recording.Uploads.GroupBy(u => u.FileSha256!.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count());

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;
}
