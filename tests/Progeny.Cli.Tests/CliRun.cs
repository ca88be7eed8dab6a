namespace Progeny.Cli.Tests;

/// <summary>What one in-process run of <c>progeny</c> did: its exit code and what it wrote.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static string SpecimenImage { get; } = Path.Combine(AppContext.BaseDirectory, "specimen-passport.jpg");

    public static string SpecimenSelfie { get; } = Path.Combine(AppContext.BaseDirectory, "specimen-selfie.jpg");

    public static string SpecimenIdFront { get; } = Path.Combine(AppContext.BaseDirectory, "specimen-id-front.jpg");

    public static string SpecimenIdBack { get; } = Path.Combine(AppContext.BaseDirectory, "specimen-id-back.jpg");

    /// <summary>Gets the lines of stdout, each one JSON record (with <c>--json</c>).</summary>
    public IReadOnlyList<System.Text.Json.JsonElement> JsonLines =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement).ToList();

    /// <summary>Gets the single JSON record on stdout, failing the test unless there is exactly one.</summary>
    public System.Text.Json.JsonElement Json => JsonLines.ShouldHaveSingleItem(ToString());

    /// <summary>Runs <c>progeny</c> with <paramref name="args"/>, hermetically: no real environment variables, no terminal.</summary>
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs <c>progeny</c> with <paramref name="args"/> and only the given environment variables.</summary>
    public static Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(environment, args, CancellationToken.None);

    /// <summary>Runs <c>progeny</c>; cancelling <paramref name="ctrlC"/> acts like pressing Ctrl+C.</summary>
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, string[] args, CancellationToken ctrlC)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, name => environment.GetValueOrDefault(name), errorIsInteractive: false);
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(ctrlC);
        hang.CancelAfter(TimeSpan.FromSeconds(60));
        var exitCode = await ProgenyCommandLine.InvokeAsync(args, console, hang.Token);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
