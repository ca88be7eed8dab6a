using Microsoft.Extensions.Time.Testing;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>Drives a <see cref="FakeTimeProvider"/> forward while a call runs, so polling tests never sleep.</summary>
internal static class FakeTimeDriver
{
    private static readonly TimeSpan DefaultStep = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Advances fake time by <paramref name="step"/> (250 ms) and yields 1 ms of real time for loopback I/O, until
    /// <paramref name="call"/> completes; fails after <paramref name="maxSteps"/> steps. Returns the call's outcome.
    /// </summary>
    public static async Task<T> DriveAsync<T>(this FakeTimeProvider fake, Task<T> call, TimeSpan? step = null, int maxSteps = 4000)
    {
        await fake.DriveAsync((Task)call, step, maxSteps);
        return await call;
    }

    /// <inheritdoc cref="DriveAsync{T}(FakeTimeProvider, Task{T}, TimeSpan?, int)"/>
    public static async Task DriveAsync(this FakeTimeProvider fake, Task call, TimeSpan? step = null, int maxSteps = 4000)
    {
        for (var steps = 0; !call.IsCompleted; steps++)
        {
            if (steps >= maxSteps)
            {
                throw new TimeoutException($"The call did not complete within {maxSteps} steps of fake time.");
            }

            fake.Advance(step ?? DefaultStep);
            await Task.Delay(1);
        }

        await call;
    }

    /// <summary>
    /// Advances fake time by exactly each short timer (a poll delay) the client arms, once it has armed it, until
    /// <paramref name="call"/> completes: time moves only while the client waits, however slow the machine. Returns the call's failure.
    /// </summary>
    public static async Task<Exception?> DriveTimersAsync(this ObservedFakeTimeProvider fake, Task call)
    {
        var advanced = 0;
        while (!call.IsCompleted)
        {
            var timers = fake.ShortTimers;
            if (timers.Count > advanced)
            {
                fake.Advance(timers[advanced++].DueTime);
            }
            else
            {
                await Task.Delay(1);
            }
        }

        return await Record.ExceptionAsync(() => call);
    }
}
