using System.Text.Json;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class PassportCommandTests
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

        run.ExitCode.ShouldBe(ExitCodes.DocumentsFailed, run.ToString());
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
        run.Error.ShouldContain("passport.jpg: not a PNG or JPEG image");
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
        run.Error.ShouldContain("over the 10 MiB limit");
    }

    [Fact]
    public async Task Passport_SomeFilesFail_PrintsTheOthersAndExitsWithTheLargestCode()
    {
        using var folder = new TemporaryFolder();
        File.Copy(CliRun.SpecimenImage, folder.PathOf("good.jpg"));
        File.WriteAllText(folder.PathOf("bad.png"), "not a PNG");

        var run = await CliRun.RunAsync("passport", folder.Path, "--json");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        JsonDocument.Parse(run.Output).RootElement.GetProperty("file").GetString().ShouldBe(folder.PathOf("good.jpg"));
        run.Error.ShouldContain("1 of 2 documents read; 1 failed.");
    }

    [Fact]
    public async Task Passport_Verbose_ShowsStatusChangesAndStackTraces()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.PathOf("bad.png"), "not a PNG");
        File.Copy(CliRun.SpecimenImage, folder.PathOf("good.jpg"));

        var run = await CliRun.RunAsync("passport", folder.Path, "--verbose");

        run.Error.ShouldContain("good.jpg: uploading");
        run.Error.ShouldContain("good.jpg: pending (task ");
        run.Error.ShouldContain("good.jpg: started (task ");
        run.Error.ShouldContain("good.jpg: done");
        run.Error.ShouldContain("   at "); // the stack trace of bad.png's failure
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
}
