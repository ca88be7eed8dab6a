using System.Text.Json;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class CardDescriptionTests
{
    [Fact]
    public async Task Card_SpecimenFrontAndBack_SendsBothSidesAndPrintsTheCard()
    {
        await using var api = await FakeApi.StartAsync();

        var run = await CliRun.RunAsync(["card", CliRun.SpecimenIdFront, CliRun.SpecimenIdBack, .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var upload = api.Uploads.ShouldHaveSingleItem();
        upload.Service.ShouldBe(FakeService.OcrCard);
        upload.File("front_id").ShouldBeTheJpeg(CliRun.SpecimenIdFront);
        upload.File("back_id").ShouldBeTheJpeg(CliRun.SpecimenIdBack);
        upload.Fields.ShouldBe(new Dictionary<string, string> { ["extend_data"] = "false" });
        run.Output.ShouldContain("X1234567");
        run.Output.ShouldContain("ANNA MARIA");
        run.Output.ShouldContain("Female");
        run.Output.ShouldContain("1990-04-12");
        run.Output.ShouldContain("1 IMAGINARY LANE"); // a field of the card beyond the passport's
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Card_Json_WritesTheSidesTheCardFieldsAndNoFailure()
    {
        await using var api = await FakeApi.StartAsync();

        var run = await CliRun.RunAsync(["card", CliRun.SpecimenIdFront, CliRun.SpecimenIdBack, "--json", "--extend-data", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        api.Uploads.ShouldHaveSingleItem().Fields["extend_data"].ShouldBe("true");
        var card = run.Json;
        card.GetProperty("front").GetString().ShouldBe(CliRun.SpecimenIdFront);
        card.GetProperty("back").GetString().ShouldBe(CliRun.SpecimenIdBack);
        card.GetProperty("taskId").GetString().ShouldBe(api.Fake.Recording.CreatedTaskIds.ShouldHaveSingleItem());
        card.GetProperty("documentNumber").GetString().ShouldBe("X1234567");
        card.GetProperty("sex").GetString().ShouldBe("Female");
        card.GetProperty("dateOfBirth").GetString().ShouldBe("1990-04-12");
        card.GetProperty("dateOfIssue").GetString().ShouldBe("2021-06-01");
        card.GetProperty("isValid").GetBoolean().ShouldBeTrue();
        card.GetProperty("otherFields").GetProperty("address").GetString().ShouldBe("1 IMAGINARY LANE, NOWHERE CITY 00000");
        card.GetProperty("failure").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Card_NoDocument_ExitsOneWithTheErrorCode()
    {
        await using var api = await FakeApi.StartAsync();
        api.Answer(FakeService.OcrCard, DocumentedResults.DocumentNotFound);

        var run = await CliRun.RunAsync(["card", CliRun.SpecimenIdFront, CliRun.SpecimenIdBack, "--json", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.TasksFailed, run.ToString());
        var failure = run.Json.GetProperty("failure");
        failure.GetProperty("kind").GetString().ShouldBe("taskFailed");
        failure.GetProperty("errorCode").GetString().ShouldBe("DOCUMENT_NOT_FOUND");
        run.Json.TryGetProperty("documentNumber", out _).ShouldBeFalse();
        run.Error.ShouldContain("with error code DOCUMENT_NOT_FOUND. Progeny could not read the card.");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Card_BackIsNotAnImage_ExitsTwoNamingItAndSendsNothing()
    {
        await using var api = await FakeApi.StartAsync();
        using var folder = new TemporaryFolder();
        var back = folder.PathOf("back.jpg");
        File.WriteAllText(back, "a text file named like a JPEG");

        var run = await CliRun.RunAsync(["card", CliRun.SpecimenIdFront, back, .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldBe($"progeny: {back}: The image is neither PNG nor JPEG: its first bytes match neither format.\nprogeny: nothing was uploaded.\n");
        api.Uploads.ShouldBeEmpty();
        api.Fake.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task Card_MissingFront_ExitsTwoBeforeConnecting()
    {
        var run = await CliRun.RunAsync("card", "no-such-front.jpg", CliRun.SpecimenIdBack);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldBe("progeny: no-such-front.jpg: file not found.\nprogeny: nothing was uploaded.\n", run.ToString());
    }
}
