using System.Text.Json;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class BackgroundCheckDescriptionTests
{
    [Fact]
    public async Task BackgroundCheck_NameAndBirthDate_SendsThemAsTheApiSpellsThemAndPrintsTheScreening()
    {
        await using var api = await FakeApi.StartAsync();

        var run = await CliRun.RunAsync(["background-check", "--name", " Anna Maria Specimen ", "--birth-date", "1990-04-12", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var upload = api.Uploads.ShouldHaveSingleItem();
        upload.Service.ShouldBe(FakeService.BackgroundCheck);
        upload.Fields.ShouldBe(new Dictionary<string, string> { ["fullname"] = "Anna Maria Specimen", ["birth_date"] = "1990-04-12" });
        upload.Files.ShouldBeEmpty();
        run.Output.ShouldMatch(@"Potential match\s+│ no ");
        run.Output.ShouldMatch(@"Risk level\s+│ unknown ");
        run.Output.ShouldMatch(@"Hits\s+│ none ");
        run.Output.ShouldNotContain("Anna"); // personal data is not echoed
    }

    [Fact]
    public async Task BackgroundCheck_Json_WritesTheScreeningWithItsHitsAndNotThePerson()
    {
        await using var api = await FakeApi.StartAsync();
        api.Answer(FakeService.BackgroundCheck, DocumentedResults.BackgroundCheckHits);

        var run = await CliRun.RunAsync(["background-check", "--name", "Anna Maria Specimen", "--birth-date", "1990-04-12", "--json", .. api.ConnectArguments]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var record = run.Json;
        record.EnumerateObject().Select(property => property.Name)
            .ShouldBe(["taskId", "potentialMatch", "riskLevel", "totalMatches", "hits", "providerData", "issues", "failure"]);
        record.GetProperty("potentialMatch").GetBoolean().ShouldBeTrue();
        record.GetProperty("riskLevel").GetString().ShouldBe("high");
        record.GetProperty("totalMatches").GetInt32().ShouldBe(2);
        record.GetProperty("hits")[1].GetProperty("list").GetString().ShouldBe("PEP");
        record.GetProperty("failure").ValueKind.ShouldBe(JsonValueKind.Null);
        run.Output.ShouldNotContain("1990-04-12");
    }

    [Theory]
    [InlineData("--name:", "--name", "", "--birth-date", "1990-04-12")]
    [InlineData("--name:", "--name", "   ", "--birth-date", "1990-04-12")]
    [InlineData("--birth-date: '1990-13-01'", "--name", "Anna Specimen", "--birth-date", "1990-13-01")]
    [InlineData("--birth-date: '12/04/1990'", "--name", "Anna Specimen", "--birth-date", "12/04/1990")]
    [InlineData("--birth-date: 2999-01-01 is in the future", "--name", "Anna Specimen", "--birth-date", "2999-01-01")]
    [InlineData("--birth-date", "--name", "Anna Specimen")]
    [InlineData("--name", "--birth-date", "1990-04-12")]
    [InlineData("--extend-data", "--name", "Anna Specimen", "--birth-date", "1990-04-12", "--extend-data")]
    public async Task BackgroundCheck_BadArgument_ExitsTwoWithOneClearLineAndStartsNothing(string expected, params string[] args)
    {
        var run = await CliRun.RunAsync(["background-check", .. args]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Output.ShouldBeEmpty();
        var line = run.Error.Trim().Split('\n').ShouldHaveSingleItem(run.ToString());
        line.ShouldContain(expected);
        line.ShouldEndWith("(see 'progeny background-check --help')");
        run.Error.ShouldNotContain("   at ");
    }
}
