using System.Text.Json;
using Microsoft.Data.Sqlite;
using Progeny.Sdk;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class JournalBatchTests
{
    [Fact]
    public async Task Passport_JournalRerunAfterCleanFinish_UploadsNothingAndPrintsTheSameRecords()
    {
        using var folder = new TemporaryFolder();
        DistinctPhotos.Write(folder.Path, 3);
        await using var api = await FakeApi.StartAsync();
        string[] command = ["passport", folder.Path, "--journal", folder.PathOf("batch.journal"), "--json", .. api.ConnectArguments];

        var first = await CliRun.RunAsync(command);
        var uploads = api.Uploads.Count;
        var rerun = await CliRun.RunAsync(command);

        first.ExitCode.ShouldBe(ExitCodes.Success, first.ToString());
        uploads.ShouldBe(3);
        rerun.ExitCode.ShouldBe(ExitCodes.Success, rerun.ToString());
        api.Uploads.Count.ShouldBe(3, "a rerun after a clean finish uploads nothing");
        first.JsonLines.ShouldAllBe(record => !record.GetProperty("fromJournal").GetBoolean());
        rerun.JsonLines.ShouldAllBe(record => record.GetProperty("fromJournal").GetBoolean());
        rerun.JsonLines.Select(WithoutFromJournal).ShouldBe(first.JsonLines.Select(WithoutFromJournal));
        first.JsonLines.Select(record => record.GetProperty("taskId").GetString()).ShouldBe(api.Uploads.Select(upload => upload.TaskId), ignoreOrder: true);
        rerun.Error.ShouldContain($"3 of 3 inputs read from the journal {folder.PathOf("batch.journal")} as an earlier run left them; nothing was sent for them.");
    }

    [Fact]
    public async Task Passport_JournalRerun_PreparesOnlyTheImagesOfInputsNotFinished()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.PathOf("phone-0.jpg"), TestPhotos.PhonePhoto(1200, 1600, orientation: 6));
        File.WriteAllBytes(folder.PathOf("phone-1.jpg"), TestPhotos.PhonePhoto(1201, 1600, orientation: 6));
        await using var api = await FakeApi.StartAsync();
        string[] command = ["passport", folder.Path, "--journal", folder.PathOf("batch.journal"), "--json", .. api.ConnectArguments];

        var first = await CliRun.RunAsync(command);
        var rerun = await CliRun.RunAsync(command);
        File.WriteAllBytes(folder.PathOf("phone-2.jpg"), TestPhotos.PhonePhoto(1202, 1600, orientation: 6));
        var grown = await CliRun.RunAsync(command);

        first.Error.ShouldContain("prepared 2 images before upload");
        rerun.ExitCode.ShouldBe(ExitCodes.Success, rerun.ToString());
        rerun.Error.ShouldNotContain("prepared", Case.Sensitive, "the images of finished inputs are neither checked nor prepared again");
        grown.ExitCode.ShouldBe(ExitCodes.Success, grown.ToString());
        grown.Error.ShouldContain("prepared 1 image before upload");
        grown.JsonLines.Select(record => record.GetProperty("fromJournal").GetBoolean()).ShouldBe([true, true, false]);
        api.Uploads.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Passport_JournalRerunAsTable_PrintsTheSameTablesMarkedFromJournal()
    {
        using var folder = new TemporaryFolder();
        DistinctPhotos.Write(folder.Path, 2);
        await using var api = await FakeApi.StartAsync();
        string[] command = ["passport", folder.Path, "--journal", folder.PathOf("batch.journal"), .. api.ConnectArguments];

        var first = await CliRun.RunAsync(command);
        var rerun = await CliRun.RunAsync(command);

        rerun.ExitCode.ShouldBe(ExitCodes.Success, rerun.ToString());
        api.Uploads.Count.ShouldBe(2);
        first.Output.ShouldNotContain("(from journal");
        rerun.Output.Split("(from journal: ended in an earlier run)").Length.ShouldBe(3, "each table's caption says it");
        TableBodies(rerun.Output).ShouldBe(TableBodies(first.Output));
        TableBodies(first.Output).Count(line => line.Contains("X1234567", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task Passport_UploadAnsweredByADroppedConnection_ListsTheUnknownOutcomeAndNeverResendsIt()
    {
        using var folder = new TemporaryFolder();
        var paths = DistinctPhotos.Write(folder.Path, 2);
        await using var api = await FakeApi.StartAsync();
        api.Fake.InjectFault(FakeFault.DropConnectionAfterProcessing(), FakeEndpoint.OcrPassport);
        string[] command = ["passport", folder.Path, "--journal", folder.PathOf("batch.journal"), "--json", "--concurrency", "1", .. api.ConnectArguments];

        var first = await CliRun.RunAsync(command);
        var rerun = await CliRun.RunAsync(command);

        first.ExitCode.ShouldBe(ExitCodes.UnknownOutcome, first.ToString());
        rerun.ExitCode.ShouldBe(ExitCodes.UnknownOutcome, rerun.ToString());
        api.Uploads.Count.ShouldBe(2, "the dropped upload created a task on the fake; the rerun does not send it again");
        foreach (var run in new[] { first, rerun })
        {
            var unknown = run.JsonLines[0];
            unknown.GetProperty("file").GetString().ShouldBe(paths[0]);
            unknown.GetProperty("failure").GetProperty("kind").GetString().ShouldBe("unknownOutcome");
            unknown.GetProperty("failure").GetProperty("exitCode").GetInt32().ShouldBe(ExitCodes.UnknownOutcome);
            unknown.GetProperty("failure").GetProperty("taskMayExist").GetBoolean().ShouldBeTrue();
            unknown.GetProperty("taskId").ValueKind.ShouldBe(JsonValueKind.Null);
            run.JsonLines[1].GetProperty("failure").ValueKind.ShouldBe(JsonValueKind.Null);
            run.Error.ShouldContain($"outcome unknown for 1 input: {paths[0]}.");
            run.Error.ShouldContain("--resend-unknown");
            run.Error.ShouldContain("paid twice");
        }

        first.JsonLines[1].GetProperty("fromJournal").GetBoolean().ShouldBeFalse();
        rerun.JsonLines.ShouldAllBe(record => record.GetProperty("fromJournal").GetBoolean());
    }

    [Fact]
    public async Task Passport_ResendUnknown_UploadsTheUnknownOutcomeExactlyOnceMore()
    {
        using var folder = new TemporaryFolder();
        var paths = DistinctPhotos.Write(folder.Path, 3);
        await using var api = await FakeApi.StartAsync();
        api.Fake.InjectFault(FakeFault.DropConnectionAfterProcessing(), FakeEndpoint.OcrPassport);
        string[] command = ["passport", folder.Path, "--journal", folder.PathOf("batch.journal"), "--json", "--concurrency", "1", .. api.ConnectArguments];
        (await CliRun.RunAsync(command)).ExitCode.ShouldBe(ExitCodes.UnknownOutcome);
        var dropped = api.Uploads[0];

        var resend = await CliRun.RunAsync([.. command, "--resend-unknown"]);
        var after = await CliRun.RunAsync(command);

        resend.ExitCode.ShouldBe(ExitCodes.Success, resend.ToString());
        api.Uploads.Count.ShouldBe(4, "three inputs, one of them resent by choice");
        var resent = api.Uploads[3];
        resent.FileSha256.ShouldBe(dropped.FileSha256, "the same prepared bytes: preparation is deterministic");
        api.Uploads.Take(3).Select(upload => upload.FileSha256).Distinct().Count().ShouldBe(3);
        resend.JsonLines[0].GetProperty("file").GetString().ShouldBe(paths[0]);
        resend.JsonLines[0].GetProperty("taskId").GetString().ShouldBe(resent.TaskId);
        resend.JsonLines[0].GetProperty("fromJournal").GetBoolean().ShouldBeFalse();
        resend.JsonLines.Skip(1).ShouldAllBe(record => record.GetProperty("fromJournal").GetBoolean());
        after.ExitCode.ShouldBe(ExitCodes.Success, after.ToString());
        api.Uploads.Count.ShouldBe(4);
    }

    [Fact]
    public async Task Passport_TimedOutInTheJournal_RerunWaitsForTheSameTaskWithoutUploading()
    {
        using var folder = new TemporaryFolder();
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { DefaultTaskOutcome = FakeTaskOutcome.NeverEnding("STARTED") });
        string[] command = ["passport", CliRun.SpecimenImage, "--journal", folder.PathOf("batch.journal"), "--json", .. FakeServerArguments.ConnectTo(server)];

        var timedOut = await CliRun.RunAsync([.. command, "--timeout", "300ms"]);
        var taskId = server.Recording.CreatedTaskIds.ShouldHaveSingleItem();
        server.SetTaskOutcome(taskId, FakeTaskOutcome.Success());
        var rerun = await CliRun.RunAsync(command);

        timedOut.ExitCode.ShouldBe(ExitCodes.Timeout, timedOut.ToString());
        timedOut.Error.ShouldContain($"task {taskId} did not finish within 300ms");
        timedOut.Error.ShouldContain("rerun the same command to wait for it again (the journal holds its id; no new upload)");
        rerun.ExitCode.ShouldBe(ExitCodes.Success, rerun.ToString());
        rerun.Json.GetProperty("taskId").GetString().ShouldBe(taskId);
        rerun.Json.GetProperty("fromJournal").GetBoolean().ShouldBeFalse("the rerun waited for the task");
        rerun.Json.GetProperty("documentNumber").GetString().ShouldNotBeNullOrEmpty();
        server.Recording.UploadCount.ShouldBe(1);
    }

    [Fact]
    public async Task Passport_InterruptedWhileWaiting_SaysToRerunAndTheRerunUploadsNothing()
    {
        using var folder = new TemporaryFolder();
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { DefaultTaskOutcome = FakeTaskOutcome.NeverEnding("STARTED") });
        string[] command = ["passport", CliRun.SpecimenImage, "--journal", folder.PathOf("batch.journal"), .. FakeServerArguments.ConnectTo(server)];
        using var ctrlC = new CancellationTokenSource();
        var running = CliRun.RunAsync(new Dictionary<string, string>(), command, ctrlC.Token);
        while (server.Recording.StatusReadCount == 0 && !running.IsCompleted) // the journal holds the task id once it polls
        {
            await Task.Delay(20);
        }

        await ctrlC.CancelAsync();
        var interrupted = await running;
        var taskId = server.Recording.CreatedTaskIds.ShouldHaveSingleItem();
        server.SetTaskOutcome(taskId, FakeTaskOutcome.Success());
        var rerun = await CliRun.RunAsync(command);

        interrupted.ExitCode.ShouldBe(ExitCodes.Canceled, interrupted.ToString());
        interrupted.Error.ShouldContain("rerun the same command to resume it");
        rerun.ExitCode.ShouldBe(ExitCodes.Success, rerun.ToString());
        rerun.Output.ShouldContain(taskId);
        rerun.Output.ShouldNotContain("(from journal");
        server.Recording.UploadCount.ShouldBe(1);
    }

    [Fact]
    public async Task Passport_PreparedAndNotPrepared_MatchTheSameEntryByTheOriginalFile()
    {
        using var folder = new TemporaryFolder();
        DistinctPhotos.Write(folder.Path, 1);
        await using var api = await FakeApi.StartAsync();
        string[] command = ["passport", folder.Path, "--journal", folder.PathOf("batch.journal"), "--json", .. api.ConnectArguments];

        (await CliRun.RunAsync(command)).ExitCode.ShouldBe(ExitCodes.Success);
        var unprepared = await CliRun.RunAsync([.. command, "--no-prepare"]);

        unprepared.ExitCode.ShouldBe(ExitCodes.Success, unprepared.ToString());
        unprepared.Json.GetProperty("fromJournal").GetBoolean().ShouldBeTrue();
        api.Uploads.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Passport_FileChangedSinceTheLastRun_IsANewInput()
    {
        using var folder = new TemporaryFolder();
        var path = DistinctPhotos.Write(folder.Path, 1)[0];
        await using var api = await FakeApi.StartAsync();
        string[] command = ["passport", path, "--journal", folder.PathOf("batch.journal"), "--json", .. api.ConnectArguments];
        (await CliRun.RunAsync(command)).ExitCode.ShouldBe(ExitCodes.Success);
        File.Copy(CliRun.SpecimenImage, path, overwrite: true);

        var changed = await CliRun.RunAsync(command);

        changed.ExitCode.ShouldBe(ExitCodes.Success, changed.ToString());
        changed.Json.GetProperty("fromJournal").GetBoolean().ShouldBeFalse();
        api.Uploads.Count.ShouldBe(2);
    }

    [Fact]
    public async Task BackgroundCheck_JournalWithAnotherPerson_RunsAnotherCheckAndKeepsTheNameOffTheConsole()
    {
        using var folder = new TemporaryFolder();
        await using var api = await FakeApi.StartAsync();
        string[] Check(string name) => ["background-check", "--name", name, "--birth-date", "1980-01-02", "--journal", folder.PathOf("checks.journal"), .. api.ConnectArguments];

        var first = await CliRun.RunAsync(Check("JOHN EXAMPLE"));
        var again = await CliRun.RunAsync(Check("JOHN EXAMPLE"));
        var other = await CliRun.RunAsync(Check("JANE EXAMPLE"));

        first.ExitCode.ShouldBe(ExitCodes.Success, first.ToString());
        again.Output.ShouldContain("(from journal: ended in an earlier run)");
        other.Output.ShouldNotContain("(from journal");
        api.Fake.Recording.Count(FakeEndpoint.BackgroundCheck).ShouldBe(2);
        foreach (var run in new[] { first, again, other })
        {
            (run.Output + run.Error).ShouldNotContain("EXAMPLE");
        }
    }

    [Fact]
    public async Task AuthenticateFace_JournalWithAnotherFaceId_RunsAnotherCheck()
    {
        using var folder = new TemporaryFolder();
        await using var api = await FakeApi.StartAsync();
        string[] Check(string faceId) => ["authenticate-face", CliRun.SpecimenSelfie, "--face-id", faceId, "--journal", folder.PathOf("faces.journal"), "--json", .. api.ConnectArguments];

        await CliRun.RunAsync(Check("d3da2b7a-b062-11ec-b3b9-0242ac190002"));
        var again = await CliRun.RunAsync(Check("d3da2b7a-b062-11ec-b3b9-0242ac190002"));
        var other = await CliRun.RunAsync(Check("0f8fad5b-d9cb-469f-a165-70867728950e"));

        again.Json.GetProperty("fromJournal").GetBoolean().ShouldBeTrue(again.ToString());
        other.Json.GetProperty("fromJournal").GetBoolean().ShouldBeFalse(other.ToString());
        api.Uploads.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("corrupt", "not a SQLite database or is damaged")]
    [InlineData("foreign", "another application or schema")]
    public async Task Passport_UnusableJournal_ExitsTwoWithOneLineAndUploadsNothing(string kind, string message)
    {
        using var folder = new TemporaryFolder();
        var journal = folder.PathOf("batch.journal");
        if (kind == "corrupt")
        {
            File.WriteAllBytes(journal, [.. Enumerable.Range(0, 4096).Select(index => (byte)(index * 7))]);
        }
        else
        {
            await WriteForeignDatabaseAsync(journal);
        }

        await using var api = await FakeApi.StartAsync();

        var run = await CliRun.RunAsync(["passport", CliRun.SpecimenImage, "--journal", journal, .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Output.ShouldBeEmpty();
        var line = run.Error.Trim().Split('\n').ShouldHaveSingleItem();
        line.ShouldStartWith($"progeny: journal {journal}: ");
        line.ShouldContain(message);
        line.ShouldContain("Nothing was uploaded.");
        api.Uploads.ShouldBeEmpty();
        api.Fake.Recording.LoginCount.ShouldBe(0);
    }

    [Fact]
    public async Task Passport_JournalOpenInAnotherRunner_ExitsTwoAndSaysItIsInUse()
    {
        using var folder = new TemporaryFolder();
        var path = folder.PathOf("batch.journal");
        await using var api = await FakeApi.StartAsync();
        await using var other = await ProgenyJournal.OpenAsync(path);

        var run = await CliRun.RunAsync(["passport", CliRun.SpecimenImage, "--journal", path, .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain("open in another process");
        run.Error.ShouldNotContain("   at ");
        api.Uploads.ShouldBeEmpty();
    }

    [Fact]
    public async Task Passport_ResendUnknownWithoutJournal_IsAUsageError()
    {
        var run = await CliRun.RunAsync("passport", CliRun.SpecimenImage, "--resend-unknown");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain("--resend-unknown: give the journal");
    }

    internal static async Task WriteForeignDatabaseAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices (amount) VALUES (12.5);";
        await command.ExecuteNonQueryAsync();
    }

    // The tables' rows, without their titles and captions.
    private static List<string> TableBodies(string output) =>
        output.Split('\n').Where(line => line.Length > 0 && "╭│├╰".Contains(line[0], StringComparison.Ordinal)).ToList();

    private static string WithoutFromJournal(JsonElement record) =>
        JsonSerializer.Serialize(record.EnumerateObject().Where(property => property.Name != "fromJournal").ToDictionary(property => property.Name, property => property.Value));
}
