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
    public async Task Wait_UnknownTaskOnEmbeddedServer_ExplainsThatItKeepsNoTasks()
    {
        var run = await CliRun.RunAsync("wait", "5c0ffee0-0000-4000-8000-000000000000");

        run.ExitCode.ShouldBe(ExitCodes.ApiFailure, run.ToString());
        run.Error.ShouldContain("keeps tasks only while one command runs");
    }
}
