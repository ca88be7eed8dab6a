namespace Progeny.Cli.Tests;

public sealed class ProgenyCommandLineTests
{
    [Fact]
    public async Task InvokeAsync_Help_ListsTheExitCodesOnStdout()
    {
        var run = await CliRun.RunAsync("--help");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        foreach (var usage in new[] { "passport <image>", "card <front> <back>", "kyc <passport>", "kyc-card <front> <back>", "liveness <selfie>", "register-face <selfie>", "authenticate-face <selfie>", "background-check", "wait <task-id>" })
        {
            run.Output.ShouldContain(usage);
        }

        run.Output.ShouldContain("Exit codes");
        foreach (var (code, _, meaning) in ExitCodes.Descriptions)
        {
            run.Output.ShouldContain($"{code,3}  {meaning}");
        }
    }

    [Theory]
    [InlineData("passport", "--json", "--extend-data", "--concurrency")]
    [InlineData("card", "--json", "--extend-data")]
    [InlineData("kyc", "--json", "--extend-data", "--selfie")]
    [InlineData("kyc-card", "--json", "--extend-data", "--selfie")]
    [InlineData("liveness", "--json", "--extend-data")]
    [InlineData("register-face", "--json", "--extend-data")]
    [InlineData("authenticate-face", "--json", "--extend-data", "--face-id")]
    [InlineData("background-check", "--json", "--name", "--birth-date")]
    [InlineData("wait", "--json", "--service", "--concurrency")]
    public async Task InvokeAsync_CommandHelp_ShowsItsOptionsTheSharedOnesAndTheExitCodes(string command, params string[] options)
    {
        var run = await CliRun.RunAsync(command, "--help");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        foreach (var option in options.Concat(["--timeout", "--verbose", "--username", "--password", "--base-address", "--no-prepare"]))
        {
            run.Output.ShouldContain(option);
        }

        run.Output.ShouldContain("Exit codes");
    }

    [Theory]
    [InlineData("passport")]
    [InlineData("passport", "x.jpg", "--concurrency", "0")]
    [InlineData("passport", "x.jpg", "-c", "abc")]
    [InlineData("passport", "x.jpg", "-c", "1.5")]
    [InlineData("passport", "x.jpg", "-c", "33")]
    [InlineData("passport", "x.jpg", "--timeout", "soon")]
    [InlineData("passport", "x.jpg", "--no-such-option")]
    [InlineData("card", "front.jpg")]
    [InlineData("card", "front.jpg", "--bogus")]
    [InlineData("kyc", "passport.jpg")]
    [InlineData("kyc-card", "front.jpg", "back.jpg")]
    [InlineData("liveness")]
    [InlineData("register-face")]
    [InlineData("authenticate-face", "selfie.jpg")]
    [InlineData("background-check")]
    [InlineData("wait")]
    [InlineData("wait", "id", "-c", "abc")]
    [InlineData]
    public async Task InvokeAsync_UsageError_ExitsTwoWithAHintOnStderr(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldEndWith("--help')\n");
        run.Error.ShouldContain(args.Length == 0 ? "(see 'progeny --help')" : $"(see 'progeny {args[0]} --help')");
        run.Error.ShouldNotContain("   at ");
        run.Error.ShouldNotContain("built-in fake"); // nothing was started
    }

    [Theory]
    [InlineData("-c", "abc", "--concurrency: 'abc' is not a whole number from 1 to 32.")]
    [InlineData("-c", "1.5", "--concurrency: '1.5' is not a whole number from 1 to 32.")]
    [InlineData("--concurrency", "0", "--concurrency: '0' is not a whole number from 1 to 32.")]
    public async Task InvokeAsync_BadConcurrency_SaysWhatItTakes(string option, string value, string expected)
    {
        var run = await CliRun.RunAsync("passport", CliRun.SpecimenImage, option, value);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe($"progeny: {expected} (see 'progeny passport --help')\n");
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
