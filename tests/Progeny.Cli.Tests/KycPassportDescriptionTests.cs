using System.Text.Json;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class KycPassportDescriptionTests
{
    [Fact]
    public async Task Kyc_PassportAndSelfie_SendsBothAndPrintsLivenessMatchAndDocument()
    {
        await using var api = await FakeApi.StartAsync();

        var run = await CliRun.RunAsync(["kyc", CliRun.SpecimenImage, "--selfie", CliRun.SpecimenSelfie, .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var upload = api.Uploads.ShouldHaveSingleItem();
        upload.Service.ShouldBe(FakeService.KycPassport);
        upload.File("passport_image").ShouldBeTheJpeg(CliRun.SpecimenImage);
        upload.File("selfie_image").ShouldBeTheJpeg(CliRun.SpecimenSelfie);
        upload.Fields["extend_data"].ShouldBe("false");
        run.Output.ShouldMatch(@"Liveness\s+│ live ");
        run.Output.ShouldMatch(@"Face match\s+│ match ");
        run.Output.ShouldContain("X1234567");
    }

    [Fact]
    public async Task Kyc_Json_WritesTheDocumentWithLivenessAndMatchObjects()
    {
        await using var api = await FakeApi.StartAsync();

        var run = await CliRun.RunAsync(["kyc", CliRun.SpecimenImage, "--selfie", CliRun.SpecimenSelfie, "--json", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var record = run.Json;
        record.GetProperty("passport").GetString().ShouldBe(CliRun.SpecimenImage);
        record.GetProperty("selfie").GetString().ShouldBe(CliRun.SpecimenSelfie);
        record.GetProperty("lastName").GetString().ShouldBe("SPECIMEN");
        record.GetProperty("sex").GetString().ShouldBe("Female");
        record.GetProperty("liveness").GetProperty("isLive").GetBoolean().ShouldBeTrue();
        record.GetProperty("match").GetProperty("isMatch").GetBoolean().ShouldBeTrue();
        record.GetProperty("failure").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Kyc_NoSelfie_ExitsTwoWithTheUsageHint()
    {
        var run = await CliRun.RunAsync("kyc", CliRun.SpecimenImage);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain("--selfie");
        run.Error.ShouldContain("(see 'progeny kyc --help')");
        run.Error.ShouldNotContain("built-in fake");
    }

    [Fact]
    public async Task Kyc_SelfieIsAFolder_ExitsTwoBeforeUploading()
    {
        using var folder = new TemporaryFolder();

        var run = await CliRun.RunAsync("kyc", CliRun.SpecimenImage, "--selfie", folder.Path);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain($"{folder.Path}: a folder, not an image file.");
        run.Error.ShouldContain("nothing was uploaded.");
    }
}
