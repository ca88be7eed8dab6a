namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>
/// The system clock, except that every timer due within a minute (poll delays, <c>Retry-After</c> waits: at most 30 s)
/// fires at once, and every longer one (timeouts set to an hour) never fires. A retry loop then runs at full speed,
/// deterministically, with no timeout racing it.
/// </summary>
internal sealed class InstantDelayTimeProvider : TimeProvider
{
    private static readonly TimeSpan Threshold = TimeSpan.FromMinutes(1);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan && dueTime <= Threshold)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => callback(state), null);
        }

        return new DormantTimer();
    }

    private sealed class DormantTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
