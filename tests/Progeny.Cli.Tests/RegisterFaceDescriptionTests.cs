using System.Text.Json;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class RegisterFaceDescriptionTests
{
    [Fact]
    public async Task RegisterFace_Selfie_SendsTheImageAndPrintsTheFaceId()
    {
        await using var api = await FakeApi.StartAsync();

        var run = await CliRun.RunAsync(["register-face", CliRun.SpecimenSelfie, .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var upload = api.Uploads.ShouldHaveSingleItem();
        upload.Service.ShouldBe(FakeService.RegisterFace);
        upload.File("image").ShouldBeTheJpeg(CliRun.SpecimenSelfie);
        run.Output.ShouldMatch($@"Face id\s+│ {DocumentedResults.RegisteredFaceId} ");
    }

    [Fact]
    public async Task RegisterFace_Json_WritesTheFaceId()
    {
        await using var api = await FakeApi.StartAsync();

        var run = await CliRun.RunAsync(["register-face", CliRun.SpecimenSelfie, "--json", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.Json.EnumerateObject().Select(property => property.Name).ShouldBe(["selfie", "taskId", "faceId", "providerData", "issues", "failure"]);
        run.Json.GetProperty("faceId").GetString().ShouldBe(DocumentedResults.RegisteredFaceId);
    }

    [Fact]
    public async Task RegisterFace_NoFaceRegistered_ExitsOneWithTheErrorCode()
    {
        await using var api = await FakeApi.StartAsync();
        api.Answer(FakeService.RegisterFace, DocumentedResults.FaceNotRegistered);

        var run = await CliRun.RunAsync(["register-face", CliRun.SpecimenSelfie, "--json", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.TasksFailed, run.ToString());
        run.Json.GetProperty("failure").GetProperty("errorCode").GetString().ShouldBe("FACE_TOO_SMALL");
        run.Json.TryGetProperty("faceId", out _).ShouldBeFalse();
        run.Error.ShouldContain("Progeny registered no face.");
    }
}
