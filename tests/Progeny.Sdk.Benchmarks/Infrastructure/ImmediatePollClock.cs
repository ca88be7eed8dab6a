namespace Progeny.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// The system clock, except that a timer due within <see cref="Threshold"/> fires at once (on the thread pool, like a
/// real timer). For the overhead benchmark: the SDK's 1 s first-poll delay would otherwise be the whole measurement,
/// while its timeouts (30 s and more) stay real system timers, created and cancelled as in production.
/// </summary>
internal sealed class ImmediatePollClock : TimeProvider
{
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(5);

    public static ImmediatePollClock Instance { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime <= TimeSpan.Zero || dueTime > Threshold || period != Timeout.InfiniteTimeSpan)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        ThreadPool.UnsafeQueueUserWorkItem(static s => s.Callback(s.State), (Callback: callback, State: state), preferLocal: true);
        return FiredTimer.Instance;
    }

    private sealed class FiredTimer : ITimer
    {
        public static FiredTimer Instance { get; } = new();

        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
