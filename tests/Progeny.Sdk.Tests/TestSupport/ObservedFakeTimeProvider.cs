using Microsoft.Extensions.Time.Testing;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells which timers the client armed, so that a test knows when the
/// client has started waiting (e.g. for its next poll) and can advance time exactly, without racing real I/O.
/// </summary>
internal sealed class ObservedFakeTimeProvider() : FakeTimeProvider(Epoch)
{
    /// <summary>A fixed start: 2025-03-30 12:00 UTC.</summary>
    public static readonly DateTimeOffset Epoch = new(2025, 3, 30, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Polling delays (at most a few seconds, or a Retry-After) are short; request timeouts (30 s by default) and polling timeouts are not.</summary>
    private static readonly TimeSpan ShortTimer = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly List<ArmedTimer> _timers = [];

    /// <summary>Gets every timer armed so far, short or long, in order.</summary>
    public IReadOnlyList<ArmedTimer> Timers
    {
        get
        {
            lock (_gate)
            {
                return [.. _timers];
            }
        }
    }

    /// <summary>Gets the short timers (polling delays) armed so far.</summary>
    public IReadOnlyList<ArmedTimer> ShortTimers => [.. Timers.Where(t => t.DueTime > TimeSpan.Zero && t.DueTime <= ShortTimer)];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _timers.Add(new ArmedTimer(GetUtcNow(), dueTime));
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits in real time (bounded) until the client has armed a timer of exactly <paramref name="dueTime"/>.</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime) =>
        Wait.UntilAsync(() => Timers.Any(t => t.DueTime == dueTime), $"the client arms a timer of {dueTime}");

    /// <summary>Waits in real time (bounded) until the client has armed its <paramref name="count"/>-th short timer, and returns it.</summary>
    public async Task<ArmedTimer> WaitForShortTimerAsync(int count)
    {
        await Wait.UntilAsync(() => ShortTimers.Count >= count, $"the client arms short timer #{count}");
        return ShortTimers[count - 1];
    }
}
