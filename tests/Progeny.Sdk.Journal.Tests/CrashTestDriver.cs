using System.Diagnostics;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Journal.Tests;

/// <summary>
/// Runs a batch of distinct passport images through the journal in a child process (the worker,
/// Progeny.Sdk.Journal.CrashTest) against a fake server in this process, so that the fake's recording of every upload
/// survives the worker's death. Kills the worker with SIGKILL at random moments, reruns it after each kill, then runs
/// it to the end, and finally once more with <c>--resend-unknown</c>.
/// </summary>
internal sealed class CrashTestDriver(ProgenyFakeServer fake, TemporaryFolder folder, int seed)
{
    private static readonly string Worker = Path.Combine(AppContext.BaseDirectory, "Progeny.Sdk.Journal.CrashTest.dll");

    private readonly Random _random = new(seed);

    /// <summary>Gets how many times a kill landed while the worker still ran.</summary>
    public int Kills { get; private set; }

    public async Task RunAsync(int kills, CancellationToken cancellationToken)
    {
        for (var kill = 0; kill < kills; kill++)
        {
            using var worker = Start(resendUnknown: false);
            var uploads = fake.Recording.UploadCount;
            var target = uploads + _random.Next(0, 4);  // after 0 to 3 more uploads, then a random instant
            while (fake.Recording.UploadCount < target && !worker.HasExited)
            {
                await Task.Delay(1, cancellationToken);
            }

            await Task.Delay(_random.Next(0, 40), cancellationToken);
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);  // SIGKILL on Linux and macOS
                Kills++;
            }

            await worker.WaitForExitAsync(cancellationToken);
        }

        await RunToEndAsync(resendUnknown: false, cancellationToken);
    }

    public async Task RunToEndAsync(bool resendUnknown, CancellationToken cancellationToken)
    {
        using var worker = Start(resendUnknown);
        await worker.WaitForExitAsync(cancellationToken);
        var error = await worker.StandardError.ReadToEndAsync(cancellationToken);
        worker.ExitCode.ShouldBe(0, error);
    }

    private Process Start(bool resendUnknown)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = false,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Worker, fake.BaseAddress.ToString(), fake.Username, fake.Password, folder.Journal, folder.Images })
        {
            start.ArgumentList.Add(argument);
        }

        if (resendUnknown)
        {
            start.ArgumentList.Add("--resend-unknown");
        }

        return Process.Start(start)!;
    }
}
