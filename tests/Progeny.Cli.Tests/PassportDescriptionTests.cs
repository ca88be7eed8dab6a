using System.Text.Json;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class PassportDescriptionTests
{
    [Fact]
    public async Task Passport_SpecimenOnEmbeddedServer_PrintsTableAndExitsZero()
    {
        var run = await CliRun.RunAsync("passport", CliRun.SpecimenImage);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.Output.ShouldContain("X1234567");
        run.Output.ShouldContain("SPECIMEN");
        run.Output.ShouldContain("ANNA MARIA");
        run.Output.ShouldContain("1990-04-12");
        run.Error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("built-in fake Progeny server");
    }

    [Fact]
    public async Task Passport_Json_WritesOneParsableObjectPerDocument()
    {
        var run = await CliRun.RunAsync("passport", CliRun.SpecimenImage, "--json");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var document = json.RootElement;
        document.GetProperty("documentNumber").GetString().ShouldBe("X1234567");
        document.GetProperty("lastName").GetString().ShouldBe("SPECIMEN");
        document.GetProperty("firstName").GetString().ShouldBe("ANNA MARIA");
        document.GetProperty("nationality").GetString().ShouldBe("UTOPIAN");
        document.GetProperty("sex").GetString().ShouldBe("Female");
        document.GetProperty("dateOfBirth").GetString().ShouldBe("1990-04-12");
        document.GetProperty("dateOfIssue").GetString().ShouldBe("2021-06-01");
        document.GetProperty("dateOfExpiry").GetString().ShouldBe("2031-05-31");
        document.GetProperty("file").GetString().ShouldBe(CliRun.SpecimenImage);
        document.GetProperty("taskId").GetString().ShouldNotBeNullOrWhiteSpace();
        document.GetProperty("providerData").ValueKind.ShouldBe(JsonValueKind.Null);
        document.GetProperty("issues").EnumerateObject().ShouldBeEmpty();
        document.GetProperty("failure").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Passport_Upload_SendsTheFileBytesAndExtendData()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });

        var run = await CliRun.RunAsync(["passport", CliRun.SpecimenImage, "--extend-data", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var upload = server.Recording.Uploads.ShouldHaveSingleItem();
        upload.FileSha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(CliRun.SpecimenImage))), StringCompareShould.IgnoreCase);
        upload.ContentType.ShouldBe("image/jpeg");
        upload.ExtendData.ShouldBe("true");
    }

    [Fact]
    public async Task Passport_FolderAndFile_ReadsEachImageOnceAsJsonLines()
    {
        using var folder = new TemporaryFolder();
        File.Copy(CliRun.SpecimenImage, folder.PathOf("a.jpg"));
        File.Copy(CliRun.SpecimenImage, folder.PathOf("b.JPEG"));
        File.WriteAllText(folder.PathOf("notes.txt"), "not an image, and not picked up");

        var run = await CliRun.RunAsync("passport", folder.Path, folder.PathOf("a.jpg"), "--json", "--concurrency", "2");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("file").GetString())
            .ShouldBe([folder.PathOf("a.jpg"), folder.PathOf("b.JPEG")]);
    }

    [Fact]
    public async Task Passport_TaskFails_ExitsOneWithTheErrorCode()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { DefaultTaskOutcome = FakeTaskOutcome.FailedCheck("DOCUMENT_NOT_FOUND") });

        var run = await CliRun.RunAsync(["passport", CliRun.SpecimenImage, .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.TasksFailed, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("DOCUMENT_NOT_FOUND");
        server.Recording.UploadCount.ShouldBe(1);
        run.Error.ShouldNotContain("   at "); // no stack trace without --verbose
    }

    [Fact]
    public async Task Passport_TaskStaysPending_TimesOutWithTheResumeCommand()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { DefaultTaskOutcome = FakeTaskOutcome.NeverEnding("PENDING") });

        var run = await CliRun.RunAsync(["passport", CliRun.SpecimenImage, "--timeout", "300ms", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.Timeout, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldMatch(@"task (\S+) did not finish within 300ms .*resume with `progeny wait \1`");
    }

    [Fact]
    public async Task Passport_CredentialsRefused_ExitsThree()
    {
        await using var server = await ProgenyFakeServer.StartAsync();

        var run = await CliRun.RunAsync(["passport", CliRun.SpecimenImage, CliRun.SpecimenImage, .. FakeServerArguments.ConnectTo(server, password: "wrong")]);

        run.ExitCode.ShouldBe(ExitCodes.AuthenticationFailed, run.ToString());
        run.Error.ShouldContain("Progeny refused the credentials");
        run.Error.ShouldContain("PROGENY_PASSWORD");
        run.Error.Split('\n').Count(line => line.Contains("refused the credentials", StringComparison.Ordinal)).ShouldBe(1);
        server.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task Passport_MissingFile_ExitsTwoBeforeUploadingAnything()
    {
        var run = await CliRun.RunAsync("passport", CliRun.SpecimenImage, "no-such-passport.jpg");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("no-such-passport.jpg: file not found.");
        run.Error.ShouldNotContain("built-in fake"); // nothing was started
    }

    [Fact]
    public async Task Passport_NotAnImage_ExitsTwo()
    {
        using var folder = new TemporaryFolder();
        var text = folder.PathOf("passport.jpg");
        File.WriteAllText(text, "this is text, not a JPEG");

        var run = await CliRun.RunAsync("passport", text);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("passport.jpg: The image is neither PNG nor JPEG");
    }

    [Fact]
    public async Task Passport_ImageOverTheLimit_ExitsTwoSayingHowBig()
    {
        using var folder = new TemporaryFolder();
        var huge = folder.PathOf("huge.jpg");
        using (var file = File.Create(huge))
        {
            file.Write([0xFF, 0xD8, 0xFF, 0xE0]);
            file.SetLength((10 * 1024 * 1024) + 1);
        }

        var run = await CliRun.RunAsync("passport", huge, "--no-prepare");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe($"progeny: {huge}: the file is 10485761 bytes (10 MiB), over the 10485760 bytes (10 MiB) the SDK uploads: leave out --no-prepare to send it shrunk.\nprogeny: nothing was uploaded.\n");
    }

    [Fact]
    public async Task Passport_OneBadFileInABatch_UploadsNothingAndNamesIt()
    {
        await using var server = await ProgenyFakeServer.StartAsync();
        using var folder = new TemporaryFolder();
        File.Copy(CliRun.SpecimenImage, folder.PathOf("good.jpg"));
        File.WriteAllText(folder.PathOf("bad.png"), "not a PNG");

        var run = await CliRun.RunAsync(["passport", folder.Path, CliRun.SpecimenImage, .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldBe(
            $"progeny: {folder.PathOf("bad.png")}: The image is neither PNG nor JPEG: its first bytes match neither format.\n"
            + "progeny: nothing was uploaded: 1 of 3 inputs failed the check; 2 others not sent.\n",
            run.ToString());
        server.Recording.Requests.ShouldBeEmpty(); // not even a login
    }

    [Fact]
    public async Task Passport_JsonWithABadFile_WritesOneRecordPerInputTheOthersNotSent()
    {
        await using var server = await ProgenyFakeServer.StartAsync();
        using var folder = new TemporaryFolder();
        File.Copy(CliRun.SpecimenImage, folder.PathOf("good.jpg"));
        File.WriteAllText(folder.PathOf("bad.png"), "not a PNG");

        var run = await CliRun.RunAsync(["passport", folder.Path, "--json", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        var (bad, good) = (run.JsonLines[0], run.JsonLines[1]);
        run.JsonLines.Count.ShouldBe(2);
        bad.GetProperty("file").GetString().ShouldBe(folder.PathOf("bad.png"));
        bad.GetProperty("taskId").ValueKind.ShouldBe(JsonValueKind.Null);
        bad.TryGetProperty("documentNumber", out _).ShouldBeFalse();
        var failure = bad.GetProperty("failure");
        failure.GetProperty("exitCode").GetInt32().ShouldBe(ExitCodes.InputError);
        failure.GetProperty("kind").GetString().ShouldBe("inputError");
        failure.GetProperty("message").GetString().ShouldBe($"{folder.PathOf("bad.png")}: The image is neither PNG nor JPEG: its first bytes match neither format.");
        failure.GetProperty("errorCode").ValueKind.ShouldBe(JsonValueKind.Null);
        failure.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
        good.GetProperty("file").GetString().ShouldBe(folder.PathOf("good.jpg"));
        good.GetProperty("taskId").ValueKind.ShouldBe(JsonValueKind.Null);
        good.GetProperty("failure").GetProperty("kind").GetString().ShouldBe("notSent");
        good.GetProperty("failure").GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
        server.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task Passport_ThreeGoodFiles_UploadsEachOnceWithItsBytes()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var folder = new TemporaryFolder();
        var files = new[] { "a.jpg", "b.png", "c.jpg" }.Select(folder.PathOf).ToArray();
        File.Copy(CliRun.SpecimenImage, files[0]);
        File.WriteAllBytes(files[1], SampleImages.Png);
        File.WriteAllBytes(files[2], SampleImages.Jpeg);

        var run = await CliRun.RunAsync(["passport", .. files, "--json", "-c", "2", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.JsonLines.Select(record => record.GetProperty("file").GetString()).ShouldBe(files);
        server.Recording.Uploads.Select(upload => upload.FileSha256).Order().ShouldBe(files.Select(Sha256).Order());
        server.Recording.Uploads.ShouldAllBe(upload => upload.Service == FakeService.OcrPassport && upload.ExtendData == "false");
        run.JsonLines.Select(record => record.GetProperty("taskId").GetString()).Order().ShouldBe(server.Recording.CreatedTaskIds.Order());
    }

    [Fact]
    public async Task Passport_JsonTaskFails_WritesTheFailureWithItsErrorCode()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [], DefaultTaskOutcome = FakeTaskOutcome.FailedCheck("DOCUMENT_NOT_FOUND") });

        var run = await CliRun.RunAsync(["passport", CliRun.SpecimenImage, "--json", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.TasksFailed, run.ToString());
        var failure = run.Json.GetProperty("failure");
        failure.GetProperty("kind").GetString().ShouldBe("taskFailed");
        failure.GetProperty("errorCode").GetString().ShouldBe("DOCUMENT_NOT_FOUND");
        run.Json.GetProperty("taskId").GetString().ShouldBe(server.Recording.CreatedTaskIds.ShouldHaveSingleItem());
    }

    [Fact]
    public async Task Passport_Verbose_ShowsStatusChangesAndStackTraces()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { DefaultTaskOutcome = FakeTaskOutcome.FailedCheck("DOCUMENT_NOT_FOUND") });

        var run = await CliRun.RunAsync(["passport", CliRun.SpecimenImage, "--verbose", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.TasksFailed, run.ToString());
        run.Error.ShouldContain("specimen-passport.jpg: uploading");
        run.Error.ShouldContain("specimen-passport.jpg: pending (task ");
        run.Error.ShouldContain("specimen-passport.jpg: started (task ");
        run.Error.ShouldContain("   at "); // the stack trace of the failure
    }

    [Fact]
    public async Task Passport_Interrupted_ExitsWithCanceledAndTheResumeCommand()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { DefaultTaskOutcome = FakeTaskOutcome.NeverEnding("STARTED") });
        using var ctrlC = new CancellationTokenSource();
        var running = CliRun.RunAsync(new Dictionary<string, string>(), ["passport", CliRun.SpecimenImage, .. FakeServerArguments.ConnectTo(server)], ctrlC.Token);
        while (server.Recording.StatusReadCount == 0 && !running.IsCompleted) // the CLI holds the task id once it polls
        {
            await Task.Delay(20);
        }

        await ctrlC.CancelAsync();
        var run = await running;

        run.ExitCode.ShouldBe(ExitCodes.Canceled, run.ToString());
        var taskId = server.Recording.CreatedTaskIds.ShouldHaveSingleItem();
        run.Error.ShouldContain($"resume with `progeny wait {taskId}`");
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
