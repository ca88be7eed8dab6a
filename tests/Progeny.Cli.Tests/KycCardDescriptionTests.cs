using System.Text.Json;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class KycCardDescriptionTests
{
    [Fact]
    public async Task KycCard_ThreeImages_SendsEachUnderItsField()
    {
        await using var api = await FakeApi.StartAsync();

        var run = await CliRun.RunAsync(["kyc-card", CliRun.SpecimenIdFront, CliRun.SpecimenIdBack, "--selfie", CliRun.SpecimenSelfie, .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var upload = api.Uploads.ShouldHaveSingleItem();
        upload.Service.ShouldBe(FakeService.KycCard);
        upload.File("front_id").ShouldBeTheJpeg(CliRun.SpecimenIdFront);
        upload.File("back_id").ShouldBeTheJpeg(CliRun.SpecimenIdBack);
        upload.File("selfie_image").ShouldBeTheJpeg(CliRun.SpecimenSelfie);
        run.Output.ShouldContain("1 IMAGINARY LANE");
        run.Output.ShouldMatch(@"Face match\s+│ match ");
    }

    [Fact]
    public async Task KycCard_SelfieNotLiveNoMatch_PrintsTheAnswerAndExitsZero()
    {
        await using var api = await FakeApi.StartAsync();
        api.Answer(FakeService.KycCard, DocumentedResults.SpecimenKycCardNotLiveNoMatch);

        var run = await CliRun.RunAsync(["kyc-card", CliRun.SpecimenIdFront, CliRun.SpecimenIdBack, "--selfie", CliRun.SpecimenSelfie, .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.Output.ShouldContain("not live: FACE_NOT_FOUND (Failed to detect face)");
        run.Output.ShouldMatch(@"Face match\s+│ no match ");
        run.Output.ShouldContain("X1234567");
    }

    [Fact]
    public async Task KycCard_Json_NamesTheThreeFiles()
    {
        await using var api = await FakeApi.StartAsync();
        api.Answer(FakeService.KycCard, DocumentedResults.SpecimenKycCardNotLiveNoMatch);

        var run = await CliRun.RunAsync(["kyc-card", CliRun.SpecimenIdFront, CliRun.SpecimenIdBack, "--selfie", CliRun.SpecimenSelfie, "--json", .. api.ConnectArguments]);

        var record = run.Json;
        record.GetProperty("front").GetString().ShouldBe(CliRun.SpecimenIdFront);
        record.GetProperty("back").GetString().ShouldBe(CliRun.SpecimenIdBack);
        record.GetProperty("selfie").GetString().ShouldBe(CliRun.SpecimenSelfie);
        record.GetProperty("liveness").GetProperty("isLive").GetBoolean().ShouldBeFalse();
        record.GetProperty("liveness").GetProperty("errorCode").GetString().ShouldBe("FACE_NOT_FOUND");
        record.GetProperty("match").GetProperty("isMatch").GetBoolean().ShouldBeFalse();
        record.GetProperty("otherFields").GetProperty("address").GetString().ShouldNotBeNull();
        record.GetProperty("failure").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
