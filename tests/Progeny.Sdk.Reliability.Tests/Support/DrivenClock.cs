using Microsoft.Extensions.Time.Testing;

namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> shared by the client and the fake server that knows its pending timers, so that
/// <see cref="RunAsync{T}"/> can jump exactly to the next due timer whenever the client is idle, waiting on a delay.
/// Time then moves only while nothing is in flight: the server's timestamps show the client's real schedule, exactly.
/// </summary>
internal sealed class DrivenClock : FakeTimeProvider
{
    private readonly object _gate = new();
    private readonly List<TrackedTimer> _pending = [];

    public DrivenClock()
        : base(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this, state is Task);
        var inner = base.CreateTimer(
            s =>
            {
                tracked.Fired();
                callback(s);
            },
            state,
            dueTime,
            period);
        tracked.Attach(inner, dueTime);
        return tracked;
    }

    /// <summary>
    /// Runs <paramref name="operation"/>; whenever no request is in flight and the client waits on a delay (not only on
    /// a timeout), advances the clock to the earliest pending timer.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> operation, InFlightCounter inFlight, TimeSpan? realTimeLimit = null)
    {
        var task = operation();
        var deadline = DateTime.UtcNow + (realTimeLimit ?? TimeSpan.FromSeconds(30));
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(1));
            if (task.IsCompleted)
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The operation did not end within the real-time limit; clock at {GetUtcNow():O}, {inFlight.Count} in flight.");
            }

            if (inFlight.Count == 0 && NextDue() is { } due)
            {
                var step = due - GetUtcNow();
                if (step > TimeSpan.Zero)
                {
                    Advance(step);
                }
            }
        }

        return await task;
    }

    /// <summary>The earliest due time of the pending timers, when at least one pending timer is a delay.</summary>
    private DateTimeOffset? NextDue()
    {
        lock (_gate)
        {
            if (!_pending.Exists(t => t.IsDelay))
            {
                return null;
            }

            return _pending.Min(t => t.Due);
        }
    }

    private void Track(TrackedTimer timer, bool pending)
    {
        lock (_gate)
        {
            _pending.Remove(timer);
            if (pending)
            {
                _pending.Add(timer);
            }
        }
    }

    private sealed class TrackedTimer(DrivenClock clock, bool isDelay) : ITimer
    {
        private ITimer? _inner;

        public bool IsDelay { get; } = isDelay;

        public DateTimeOffset Due { get; private set; }

        public void Attach(ITimer inner, TimeSpan dueTime)
        {
            _inner = inner;
            Schedule(dueTime);
        }

        public void Fired() => clock.Track(this, pending: false);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = _inner!.Change(dueTime, period);
            Schedule(dueTime);
            return changed;
        }

        public void Dispose()
        {
            clock.Track(this, pending: false);
            _inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Schedule(TimeSpan dueTime)
        {
            if (dueTime == Timeout.InfiniteTimeSpan || dueTime <= TimeSpan.Zero)
            {
                clock.Track(this, pending: false);
                return;
            }

            Due = clock.GetUtcNow() + dueTime;
            clock.Track(this, pending: true);
        }
    }
}
