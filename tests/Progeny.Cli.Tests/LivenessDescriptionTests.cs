using System.Text.Json;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class LivenessDescriptionTests
{
    [Fact]
    public async Task Liveness_LiveFace_SendsTheImageAndPrintsLiveWithTheScores()
    {
        await using var api = await FakeApi.StartAsync();

        var run = await CliRun.RunAsync(["liveness", CliRun.SpecimenSelfie, .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var upload = api.Uploads.ShouldHaveSingleItem();
        upload.Service.ShouldBe(FakeService.FaceLiveness);
        upload.File("image").ShouldBeTheJpeg(CliRun.SpecimenSelfie);
        upload.Fields.ShouldBe(new Dictionary<string, string> { ["extend_data"] = "false" });
        run.Output.ShouldMatch(@"Liveness\s+│ live ");
        run.Output.ShouldMatch(@"Liveness probability\s+│ 0\.93 ");
        run.Output.ShouldMatch(@"Liveness score\s+│ 2\.594 ");
    }

    [Fact]
    public async Task Liveness_FaceTooSmall_PrintsNotLiveWithTheCodeAndExitsZero()
    {
        await using var api = await FakeApi.StartAsync();
        api.Answer(FakeService.FaceLiveness, DocumentedResults.FaceTooSmall);

        var run = await CliRun.RunAsync(["liveness", CliRun.SpecimenSelfie, .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.Output.ShouldContain("not live: FACE_TOO_SMALL (Absolute face size is too small)");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Liveness_FaceNotFoundAsJson_IsAnAnswerWithItsCodeAndIssues()
    {
        await using var api = await FakeApi.StartAsync();
        api.Answer(FakeService.FaceLiveness, DocumentedResults.FaceNotFound);

        var run = await CliRun.RunAsync(["liveness", CliRun.SpecimenSelfie, "--json", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var record = run.Json;
        record.EnumerateObject().Select(property => property.Name).ShouldBe(["selfie", "taskId", "liveness", "providerData", "issues", "failure"]);
        record.GetProperty("selfie").GetString().ShouldBe(CliRun.SpecimenSelfie);
        var liveness = record.GetProperty("liveness");
        liveness.GetProperty("isLive").GetBoolean().ShouldBeFalse();
        liveness.GetProperty("errorCode").GetString().ShouldBe("FACE_NOT_FOUND");
        liveness.GetProperty("error").GetString().ShouldBe("Failed to detect face");
        liveness.GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Null);
        record.GetProperty("issues").GetProperty("liveness").GetProperty("FACE_NOT_FOUND").GetString().ShouldBe("Failed to detect face");
        record.GetProperty("failure").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Liveness_TaskFails_ExitsOneUnlikeANegativeAnswer()
    {
        await using var api = await FakeApi.StartAsync();
        api.Answer(FakeService.FaceLiveness, FakeTaskOutcome.Failure("Worker lost"));

        var run = await CliRun.RunAsync(["liveness", CliRun.SpecimenSelfie, "--json", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.TasksFailed, run.ToString());
        run.Json.GetProperty("failure").GetProperty("kind").GetString().ShouldBe("taskFailed");
        run.Json.TryGetProperty("liveness", out _).ShouldBeFalse();
        run.Error.ShouldContain("ended as FAILURE. Progeny could not check the face.");
    }

    [Fact]
    public async Task Liveness_TaskNeverEnds_TimesOutWithTheResumeCommandOfItsService()
    {
        await using var api = await FakeApi.StartAsync();
        api.Answer(FakeService.FaceLiveness, FakeTaskOutcome.NeverEnding("PENDING"));

        var run = await CliRun.RunAsync(["liveness", CliRun.SpecimenSelfie, "--timeout", "300ms", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Timeout, run.ToString());
        run.Error.ShouldMatch(@"task (\S+) did not finish within 300ms .*resume with `progeny wait \1 --service face_liveness`");
    }

    [Fact]
    public async Task Liveness_NotAnImage_ExitsTwoWithOneLineAndSendsNothing()
    {
        await using var api = await FakeApi.StartAsync();
        using var folder = new TemporaryFolder();
        var selfie = folder.PathOf("selfie.png");
        File.WriteAllText(selfie, "not a PNG");

        var run = await CliRun.RunAsync(["liveness", selfie, "--json", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe($"progeny: {selfie}: The image is neither PNG nor JPEG: its first bytes match neither format.\nprogeny: nothing was uploaded.\n");
        run.Json.GetProperty("failure").GetProperty("kind").GetString().ShouldBe("inputError");
        api.Uploads.ShouldBeEmpty();
    }

    [Fact]
    public async Task Liveness_SeveralSelfies_UploadsEachOnceAndPrintsOneRecordEach()
    {
        await using var api = await FakeApi.StartAsync();
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.PathOf("second.png"), SampleImages.Png);

        var run = await CliRun.RunAsync(["liveness", CliRun.SpecimenSelfie, folder.PathOf("second.png"), "--json", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.JsonLines.Select(record => record.GetProperty("selfie").GetString()).ShouldBe([CliRun.SpecimenSelfie, folder.PathOf("second.png")]);
        api.Uploads.Count.ShouldBe(2);
        api.Uploads.ShouldAllBe(upload => upload.Service == FakeService.FaceLiveness && upload.Files.Count == 1);
        api.Uploads.Select(upload => upload.File("image")!.ContentType).Order().ShouldBe(["image/jpeg", "image/png"]);
    }
}
