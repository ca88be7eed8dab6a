using System.Diagnostics;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

/// <summary>
/// Runs <c>progeny passport FOLDER --journal JOURNAL</c> as a child process (the built <c>progeny.dll</c>, on
/// <c>dotnet</c>) against a fake server in this process, so that the fake's recording of every upload survives the
/// CLI's death. Kills the CLI with SIGKILL at random moments, reruns it after each kill, then runs it to the end.
/// </summary>
internal sealed class CliCrashDriver(ProgenyFakeServer fake, string images, string journal, int seed)
{
    // Run from its own output folder, with its own dependencies (this test's folder has ASP.NET Core's, not the CLI's).
    private static readonly string Cli = typeof(CliCrashDriver).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "ProgenyCliPath").Value!;

    private readonly Random _random = new(seed);

    /// <summary>Gets how many times a kill landed while the CLI still ran.</summary>
    public int Kills { get; private set; }

    public async Task KillAndRerunAsync(int kills, CancellationToken cancellationToken)
    {
        for (var kill = 0; kill < kills; kill++)
        {
            var run = Start(resendUnknown: false);
            var target = fake.Recording.UploadCount + _random.Next(0, 4);  // after 0 to 3 more uploads, then a random instant
            while (fake.Recording.UploadCount < target && !run.Process.HasExited)
            {
                await Task.Delay(1, cancellationToken);
            }

            await Task.Delay(_random.Next(0, 40), cancellationToken);
            if (!run.Process.HasExited)
            {
                run.Process.Kill(entireProcessTree: true);  // SIGKILL on Linux and macOS
                Kills++;
            }

            await run.EndAsync(cancellationToken);
        }
    }

    /// <summary>Runs the CLI until it exits on its own.</summary>
    /// <returns>Its exit code and its stdout (JSON Lines) and stderr.</returns>
    public async Task<CliRun> RunToEndAsync(bool resendUnknown, CancellationToken cancellationToken)
    {
        var run = Start(resendUnknown);
        return await run.EndAsync(cancellationToken);
    }

    private Running Start(bool resendUnknown)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments = [Cli, "passport", images, "--journal", journal, "--json", "--no-prepare", "--concurrency", "4"];
        foreach (var argument in resendUnknown ? [.. arguments, "--resend-unknown"] : arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PROGENY_BASE_ADDRESS"] = fake.BaseAddress.ToString();
        start.Environment["PROGENY_USERNAME"] = fake.Username;
        start.Environment["PROGENY_PASSWORD"] = fake.Password;
        var process = Process.Start(start)!;
        return new Running(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    // Both pipes are read from the start, so that a full pipe never blocks the CLI.
    private sealed record Running(Process Process, Task<string> Output, Task<string> Error)
    {
        public async Task<CliRun> EndAsync(CancellationToken cancellationToken)
        {
            using (Process)
            {
                await Process.WaitForExitAsync(cancellationToken);
                return new CliRun(Process.ExitCode, await Output, await Error);
            }
        }
    }
}
