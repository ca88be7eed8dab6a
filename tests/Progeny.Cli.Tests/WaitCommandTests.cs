using System.Text.Json;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class WaitCommandTests
{
    [Fact]
    public async Task Wait_TaskSubmittedEarlier_PrintsItsDocument()
    {
        await using var server = await ProgenyFakeServer.StartAsync();
        var taskId = server.CreateTask();

        var run = await CliRun.RunAsync(["wait", taskId, "--json", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var document = JsonDocument.Parse(run.Output).RootElement;
        document.GetProperty("taskId").GetString().ShouldBe(taskId);
        document.GetProperty("file").ValueKind.ShouldBe(JsonValueKind.Null);
        document.GetProperty("documentNumber").GetString().ShouldBe(FakePassportDocument.Sample.DocumentNumber);
        server.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task Wait_NoCredentials_ExitsTwoAtOnceAsTheEmbeddedServerKeepsNoTasks()
    {
        var run = await CliRun.RunAsync("wait", "5c0ffee0-0000-4000-8000-000000000000", "9a2b0000-0000-4000-8000-000000000002");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe("progeny: wait: the built-in fake server keeps tasks only while one command runs, so it has none to wait for: set PROGENY_USERNAME and PROGENY_PASSWORD to wait for tasks at Progeny." + Environment.NewLine);
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Wait_TaskProgenyDoesNotKnow_NamesItAfterTheStatusReadsAnswered404()
    {
        // Within its first minute a 404 may mean "no worker yet", so the SDK waits; the CLI still names the unknown task.
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskLookup = FakeTaskLookup.SubmittedTasks });
        const string taskId = "5c0ffee0-0000-4000-8000-000000000000";

        var run = await CliRun.RunAsync(["wait", taskId, "--timeout", "3s", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.ApiFailure, run.ToString());
        run.Error.ShouldContain($"Progeny knows no task {taskId}: check the id.");
        server.Recording.StatusReadCount.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Wait_SeveralTasks_WritesOneRecordEachInOrder()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        var first = server.CreateTask();
        var second = server.CreateTask(FakeTaskOutcome.FailedCheck("DOCUMENT_NOT_FOUND"));

        var run = await CliRun.RunAsync(["wait", first, second, "--json", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.TasksFailed, run.ToString());
        run.JsonLines.Select(record => record.GetProperty("taskId").GetString()).ShouldBe([first, second]);
        run.JsonLines[0].GetProperty("failure").ValueKind.ShouldBe(JsonValueKind.Null);
        run.JsonLines[1].GetProperty("failure").GetProperty("errorCode").GetString().ShouldBe("DOCUMENT_NOT_FOUND");
        server.Recording.UploadCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("face_liveness")]
    [InlineData("liveness")]
    public async Task Wait_Service_ReadsTheTaskAsThatServicesResult(string service)
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        var taskId = server.CreateTask(new FakeTaskOutcome { RawResult = DocumentedResults.FaceTooSmall });

        var run = await CliRun.RunAsync(["wait", taskId, "--service", service, "--json", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var record = run.Json;
        record.GetProperty("selfie").ValueKind.ShouldBe(JsonValueKind.Null);
        record.GetProperty("taskId").GetString().ShouldBe(taskId);
        record.GetProperty("liveness").GetProperty("errorCode").GetString().ShouldBe("FACE_TOO_SMALL");
        server.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task Wait_ServiceTaskStillRunning_TimesOutWithItsOwnResumeCommand()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { DefaultTaskOutcome = FakeTaskOutcome.NeverEnding("STARTED") });
        var taskId = server.CreateTask();

        var run = await CliRun.RunAsync(["wait", taskId, "--service", "register_face", "--timeout", "300ms", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.Timeout, run.ToString());
        run.Error.ShouldContain($"resume with `progeny wait {taskId} --service register_face`");
    }

    [Fact]
    public async Task Wait_UnknownService_ExitsTwoListingTheServices()
    {
        var run = await CliRun.RunAsync("wait", "5c0ffee0-0000-4000-8000-000000000000", "--service", "ocr_visa");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain("--service: 'ocr_visa' is not a service; give one of ocr_passport, ocr_card, kyc_passport, kyc_card, face_liveness, register_face, authenticate_face, background_check.");
    }
}
