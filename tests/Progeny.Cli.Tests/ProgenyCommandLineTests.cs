namespace Progeny.Cli.Tests;

public sealed class ProgenyCommandLineTests
{
    [Fact]
    public async Task InvokeAsync_Help_ListsTheExitCodesOnStdout()
    {
        var run = await CliRun.RunAsync("--help");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Output.ShouldContain("passport <image>");
        run.Output.ShouldContain("Exit codes");
        foreach (var (code, meaning) in ExitCodes.Descriptions)
        {
            run.Output.ShouldContain($"{code,3}  {meaning}");
        }
    }

    [Fact]
    public async Task InvokeAsync_PassportHelp_ShowsItsOptionsAndTheExitCodes()
    {
        var run = await CliRun.RunAsync("passport", "--help");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        foreach (var option in new[] { "--json", "--extend-data", "--concurrency", "--timeout", "--verbose", "--username", "--password", "--base-address", "--no-prepare" })
        {
            run.Output.ShouldContain(option);
        }

        run.Output.ShouldContain("Exit codes");
    }

    [Theory]
    [InlineData("passport")]
    [InlineData("passport", "x.jpg", "--concurrency", "0")]
    [InlineData("passport", "x.jpg", "--timeout", "soon")]
    [InlineData("passport", "x.jpg", "--no-such-option")]
    [InlineData("wait")]
    [InlineData]
    public async Task InvokeAsync_UsageError_ExitsTwoWithAHintOnStderr(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("run 'progeny --help' for usage.");
    }

    [Theory]
    [InlineData("PROGENY_USERNAME", "PROGENY_PASSWORD")]
    [InlineData("PROGENY_PASSWORD", "PROGENY_USERNAME")]
    public async Task InvokeAsync_HalfTheCredentials_ExitsTwoNamingTheMissingOne(string set, string missing)
    {
        var environment = new Dictionary<string, string> { [set] = "someone" };

        var run = await CliRun.RunAsync(environment, "passport", CliRun.SpecimenImage);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain(missing);
    }

    [Fact]
    public async Task InvokeAsync_PlainHttpToARemoteHost_ExitsTwo()
    {
        var environment = new Dictionary<string, string>
        {
            ["PROGENY_USERNAME"] = "someone",
            ["PROGENY_PASSWORD"] = "secret",
            ["PROGENY_BASE_ADDRESS"] = "http://progeny.example/api/v3/",
        };

        var run = await CliRun.RunAsync(environment, "passport", CliRun.SpecimenImage);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain("https");
        run.Error.ShouldNotContain("secret");
    }
}
