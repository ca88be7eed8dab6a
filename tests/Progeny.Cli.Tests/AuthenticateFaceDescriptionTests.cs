using Progeny.Sdk.Testing;
namespace Progeny.Cli.Tests;

public sealed class AuthenticateFaceDescriptionTests
{
    [Fact]
    public async Task AuthenticateFace_SamePerson_SendsTheImageAndTheFaceIdAndPrintsTheMatch()
    {
        await using var api = await FakeApi.StartAsync();

        var run = await CliRun.RunAsync(["authenticate-face", CliRun.SpecimenSelfie, "--face-id", "D3DA2B7A-B062-11EC-B3B9-0242AC190002", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var upload = api.Uploads.ShouldHaveSingleItem();
        upload.Service.ShouldBe(FakeService.AuthenticateFace);
        upload.File("image").ShouldBeTheJpeg(CliRun.SpecimenSelfie);
        upload.Fields["uuid"].ShouldBe(DocumentedResults.RegisteredFaceId); // the canonical form, as register_face wrote it
        upload.Fields["extend_data"].ShouldBe("false");
        run.Output.ShouldMatch(@"Face match\s+│ match ");
        run.Output.ShouldMatch(@"Match score percent\s+│ 100% ");
        run.Output.ShouldMatch(@"Liveness\s+│ live ");
    }

    [Fact]
    public async Task AuthenticateFace_AnotherPerson_PrintsNoMatchAndExitsZero()
    {
        await using var api = await FakeApi.StartAsync();
        api.Answer(FakeService.AuthenticateFace, DocumentedResults.FaceMismatch);

        var run = await CliRun.RunAsync(["authenticate-face", CliRun.SpecimenSelfie, "--face-id", DocumentedResults.RegisteredFaceId, "--json", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.Json.EnumerateObject().Select(property => property.Name).ShouldBe(["selfie", "taskId", "match", "liveness", "providerData", "issues", "failure"]);
        var match = run.Json.GetProperty("match");
        match.GetProperty("isMatch").GetBoolean().ShouldBeFalse();
        match.GetProperty("matchScore").GetDouble().ShouldBe(2.0);
        match.GetProperty("scorePercent").GetDouble().ShouldBe(10.0);
        run.Json.GetProperty("liveness").GetProperty("isLive").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("")]
    public async Task AuthenticateFace_BadFaceId_ExitsTwoBeforeConnecting(string faceId)
    {
        var run = await CliRun.RunAsync("authenticate-face", CliRun.SpecimenSelfie, "--face-id", faceId);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain($"--face-id: '{faceId}' is not a face id");
        run.Error.ShouldNotContain("built-in fake");
    }
}
