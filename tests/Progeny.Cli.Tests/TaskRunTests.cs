using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

/// <summary>What every command shares (limits, network failures, Ctrl+C, JSON records), through the command line.</summary>
public sealed class TaskRunTests
{
    [Fact]
    public async Task Run_TimeoutUnderTheSdksMinimum_ExitsTwoWithTheSdksRuleInOneLine()
    {
        await using var server = await ProgenyFakeServer.StartAsync();

        var run = await CliRun.RunAsync(["passport", CliRun.SpecimenImage, "--timeout", "1ms", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe("progeny: --timeout 1ms: refused, as ProgenyClientOptions.PollingTimeout must be between 10 milliseconds and one day.\n");
        server.Recording.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_TimeoutUnderTheSdksMinimumOnTheEmbeddedServer_SaysOnlyThat()
    {
        var run = await CliRun.RunAsync("kyc-card", CliRun.SpecimenIdFront, CliRun.SpecimenIdBack, "--selfie", CliRun.SpecimenSelfie, "--timeout", "0s");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe("progeny: --timeout 0ms: refused, as ProgenyClientOptions.PollingTimeout must be between 10 milliseconds and one day.\n");
    }

    [Fact]
    public async Task Run_NothingListens_ShowsTheNetworkCauseAndThatNoTaskExists()
    {
        var port = ClosedPort();

        var run = await CliRun.RunAsync("liveness", CliRun.SpecimenSelfie, "--json", "--base-address", $"http://127.0.0.1:{port}/api/v3/", "--username", "someone", "--password", "s3cret-pw");

        run.ExitCode.ShouldBe(ExitCodes.ApiFailure, run.ToString());
        run.Error.ShouldContain($"Cause: Connection refused (127.0.0.1:{port})");
        run.Error.ShouldNotContain("s3cret-pw");
        run.Error.ShouldNotContain("   at ");
        var failure = run.Json.GetProperty("failure");
        failure.GetProperty("kind").GetString().ShouldBe("apiFailure");
        failure.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Run_UploadAnswered502_JsonSaysATaskMayExist()
    {
        await using var server = await ProgenyFakeServer.StartAsync();
        server.InjectFault(FakeFault.BadGateway(), FakeEndpoint.FaceLiveness);

        var run = await CliRun.RunAsync(["liveness", CliRun.SpecimenSelfie, "--json", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.ApiFailure, run.ToString());
        run.Json.GetProperty("taskId").ValueKind.ShouldBe(JsonValueKind.Null);
        run.Json.GetProperty("failure").GetProperty("taskMayExist").GetBoolean().ShouldBeTrue();
        server.Recording.RequestsTo(FakeEndpoint.FaceLiveness).Count.ShouldBe(1); // a paid upload is never sent twice
    }

    [Fact]
    public async Task Run_CtrlCWithInputsQueued_ReportsThemNotSentApartFromTheInterruptedOne()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { DefaultTaskOutcome = FakeTaskOutcome.NeverEnding("STARTED") });
        using var folder = new TemporaryFolder();
        var files = new[] { "a.jpg", "b.jpg", "c.jpg" }.Select(folder.PathOf).ToArray();
        Array.ForEach(files, file => File.Copy(CliRun.SpecimenSelfie, file));
        using var ctrlC = new CancellationTokenSource();
        var running = CliRun.RunAsync(new Dictionary<string, string>(), ["liveness", .. files, "-c", "1", "--json", .. FakeServerArguments.ConnectTo(server)], ctrlC.Token);
        while (server.Recording.StatusReadCount == 0 && !running.IsCompleted)
        {
            await Task.Delay(20);
        }

        await ctrlC.CancelAsync();
        var run = await running;

        run.ExitCode.ShouldBe(ExitCodes.Canceled, run.ToString());
        var taskId = server.Recording.CreatedTaskIds.ShouldHaveSingleItem();
        server.Recording.UploadCount.ShouldBe(1);
        run.JsonLines.Select(record => record.GetProperty("failure").GetProperty("kind").GetString()).ShouldBe(["canceled", "notSent", "notSent"]);
        run.JsonLines.Select(record => record.GetProperty("failure").GetProperty("taskMayExist").GetBoolean()).ShouldBe([true, false, false]);
        run.JsonLines[0].GetProperty("taskId").GetString().ShouldBe(taskId);
        run.Error.ShouldContain($"{files[0]}: interrupted; task {taskId} goes on at Progeny: resume with `progeny wait {taskId} --service face_liveness`.");
        run.Error.ShouldContain($"progeny: not sent (never uploaded, no task): {files[1]}, {files[2]}.");
        run.Error.ShouldContain("0 of 3 inputs answered; 1 failed; 2 not sent.");
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
