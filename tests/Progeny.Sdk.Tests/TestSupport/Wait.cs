using System.Diagnostics;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>Bounded real-time waits for loopback I/O; never used to let fake time pass.</summary>
internal static class Wait
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    /// <summary>Polls <paramref name="condition"/> every millisecond or so until it holds; fails after 15 s.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Limit)
            {
                throw new TimeoutException($"Waited {Limit.TotalSeconds} s in vain for: {what}.");
            }

            await Task.Delay(1);
        }
    }

    /// <summary>
    /// Gives loopback I/O a moment (150 ms real time) before a check that something did NOT happen,
    /// e.g. that no status request was sent before fake time reached a point.
    /// </summary>
    public static Task SettleAsync() => Task.Delay(150);
}
